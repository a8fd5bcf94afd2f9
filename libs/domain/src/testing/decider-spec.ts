import { Decider, fold } from '../shared/decider';
import { BadInput, InvalidState, NotFound } from '../shared/errors';

type ErrorClass = abstract new (...args: never[]) => Error;

/** The detail a test names beside the error class: which rule, which input field, which kind of thing is missing. */
function detailOf(error: unknown): string | undefined {
  if (error instanceof InvalidState) return error.reason;
  if (error instanceof BadInput) return error.field;
  if (error instanceof NotFound) return error.entity;
  return undefined;
}

/** Runs `act` and hands back what it threw, or fails the test if it threw nothing. */
export function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

export function expectThrows(act: () => unknown, errorClass: ErrorClass, detail?: string): void {
  const error = thrownBy(act);
  expect(error).toBeInstanceOf(errorClass);
  if (detail !== undefined) expect(detailOf(error)).toBe(detail);
}

/**
 * given(decider, events).when(command).then(events) | .thenThrows(ErrorClass, detail?)
 * The detail is an InvalidState's reason, a BadInput's field or a NotFound's entity.
 */
export function given<Command, Event, State>(decider: Decider<Command, Event, State>, events: readonly Event[] = []) {
  return {
    when(command: Command) {
      const decide = (): Event[] => decider.decide(command, fold(decider, events));
      return {
        then(expected: readonly Event[]): void {
          expect(decide()).toEqual(expected);
        },
        thenThrows(errorClass: ErrorClass, detail?: string): void {
          expectThrows(decide, errorClass, detail);
        },
      };
    },
  };
}
