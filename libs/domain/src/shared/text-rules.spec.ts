import { BadInput } from './errors';
import { checkChannel, checkDescription, checkId, checkName, checkNote, checkOptionalName, checkUserId, LIMITS } from './input-limits';
import { codePointLength, textProblem } from './text-rules';
import { expectThrows } from '../testing/decider-spec';

type Check = (field: string, value: unknown) => unknown;

/** Every text input, with its limit and whether it may span lines. */
const INPUTS: Array<[string, Check, number, 'line' | 'multiline']> = [
  ['id', checkId, LIMITS.idLength, 'line'],
  ['user id (sub)', checkUserId, LIMITS.idLength, 'line'],
  ['name', checkName, LIMITS.nameLength, 'line'],
  ['contact name', checkOptionalName, LIMITS.nameLength, 'line'],
  ['channel', checkChannel, LIMITS.channelLength, 'line'],
  ['note', checkNote, LIMITS.noteLength, 'multiline'],
  ['description', checkDescription, LIMITS.descriptionLength, 'multiline'],
];

const REFUSED_EVERYWHERE: Array<[string, string]> = [
  ['a NUL', 'Ana\u0000'],
  ['an escape sequence', '\u001b[31mAna'],
  ['a DEL', 'Ana\u007f'],
  ['a C1 control (NEL)', 'Ana\u0085'],
  ['a carriage return', 'Ana\rBea'],
  ['a right-to-left override', 'Ana\u202Egnp.exe'],
  ['a left-to-right embedding', '\u202AAna'],
  ['a first-strong isolate', 'Ana\u2068x\u2069'],
  ['a lone high surrogate', 'Ana\uD83D'],
  ['a lone low surrogate', '\uDE00Ana'],
  ['the empty text', ''],
  ['only spaces', '   '],
  ['only a zero-width space', '\u200B'],
  ['only zero-width joiners and a BOM', '\u200D\u200C\uFEFF'],
  ['only a no-break space and a soft hyphen', '\u00A0\u00AD'],
  ['only an ideographic space', '\u3000'],
];

const ACCEPTED_EVERYWHERE: Array<[string, string]> = [
  ['plain text', 'Ana'],
  ['letters beyond ASCII', 'Facturación ñandú'],
  ['an emoji (a surrogate pair)', 'Ana 😀'],
  ['a zero-width joiner inside an emoji', '👩‍💻'],
  ['a right-to-left mark', 'שלום\u200F'],
  ['Arabic text', 'مرحبا'],
];

describe('text rules', () => {
  describe.each(INPUTS)('%s', (_, check, maxLength, kind) => {
    it.each(REFUSED_EVERYWHERE)('refuses %s', (__, value) => {
      expectThrows(() => check('input.x', value), BadInput, 'input.x');
    });

    it.each(ACCEPTED_EVERYWHERE)('accepts %s', (__, value) => {
      expect(check('input.x', value)).toBe(value);
    });

    it(`counts ${maxLength} emoji as ${maxLength} characters`, () => {
      expect(check('input.x', '😀'.repeat(maxLength))).toBe('😀'.repeat(maxLength));
    });

    it(`refuses ${maxLength + 1} characters`, () => {
      expectThrows(() => check('input.x', 'é'.repeat(maxLength + 1)), BadInput, 'input.x');
    });

    if (kind === 'multiline') {
      it('keeps newlines and tabs', () => {
        expect(check('input.x', 'line 1\n\tline 2')).toBe('line 1\n\tline 2');
      });
    } else {
      it.each([['a newline', 'Ana\nBea'], ['a tab', 'Ana\tBea']])('refuses %s', (__, value) => {
        expectThrows(() => check('input.x', value), BadInput, 'input.x');
      });
    }
  });

  it('reserves the system actor id for handoff itself', () => {
    expectThrows(() => checkUserId('sub', 'system'), BadInput, 'sub');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('a😀ñ')).toBe(3);
    expect(codePointLength('\uD83D')).toBe(1);
  });

  it('says what is wrong', () => {
    expect(textProblem('Ana\u202Egnp.exe', 'line')).toBe('has bidirectional control characters');
    expect(textProblem('\u200B', 'line')).toBe('is blank');
    expect(textProblem('a\uD800', 'multiline')).toBe('has a lone surrogate');
    expect(textProblem('a\u0000', 'multiline')).toBe('has control characters');
  });
});
