/**
 * DESIGN's rules for every text a client gives us (ids, names, notes, channels, a token's `sub`), in one place.
 * Lengths are Unicode code points, so "ñ", "😀" and "a" each count one, whatever their UTF-16 or UTF-8 size.
 */

/** C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). */
const CONTROL = /\p{Cc}/u;
/** C0/C1 controls other than newline and tab, which multi-line text (notes, descriptions) may keep. */
const CONTROL_EXCEPT_LINE_BREAKS = /(?![\n\t])\p{Cc}/u;
/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a reader sees
 * (`Ana\u202Egnp.exe` shows as "Anaexe.png"). The marks LRM, RLM and ALM stay allowed: they reorder nothing.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** With the u flag a surrogate only matches when it is unpaired. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Whitespace and the characters that render as nothing (zero-width space and joiners, BOM, soft hyphen, fillers…). */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

export type TextKind = 'line' | 'multiline';

export type TextProblem = 'has control characters' | 'has bidirectional control characters' | 'has a lone surrogate' | 'is blank';

export function codePointLength(value: string): number {
  return [...value].length;
}

export function isBlankText(value: string): boolean {
  return value.replace(INVISIBLE, '').length === 0;
}

/** What is wrong with a text of this kind, or null when it keeps every rule (length aside). */
export function textProblem(value: string, kind: TextKind): TextProblem | null {
  if (LONE_SURROGATE.test(value)) return 'has a lone surrogate';
  if ((kind === 'line' ? CONTROL : CONTROL_EXCEPT_LINE_BREAKS).test(value)) return 'has control characters';
  if (BIDI_CONTROL.test(value)) return 'has bidirectional control characters';
  if (isBlankText(value)) return 'is blank';
  return null;
}
