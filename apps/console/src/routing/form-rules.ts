/** A validation message as data (key and parameters), so the rules stay pure and the screen translates them. */
export interface FieldError {
  key: 'errRequired' | 'errWholeNumber' | 'errTooLong' | 'errChannelDuplicate' | 'errTooManyChannels';
  params?: Record<string, number>;
}

/** A whole number within [min, max] typed in a field, or an error; an empty field is `empty`. */
export function wholeNumber(text: string, min: number, max: number): { value: number | null; error?: FieldError } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) return { value: null, error: { key: 'errWholeNumber', params: { min, max } } };
  return { value: Number(trimmed) };
}

/** Counted as the api counts (Unicode code points). */
export const textLength = (text: string): number => [...text].length;
