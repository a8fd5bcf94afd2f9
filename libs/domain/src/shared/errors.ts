/** Typed refusals of the write side; the API maps each to one `extensions.code`. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export type InvalidStateReason =
  | 'NOT_ASSIGNED'
  | 'ALREADY_ASSIGNED'
  | 'SAME_AGENT'
  | 'REASON_INACTIVE'
  | 'AGENT_INACTIVE'
  | 'CLOSED'
  | 'ALREADY_EXISTS'
  // Routing (DESIGN.md "Routing"): capacity, offers, and the conditions handoff's own commands act on.
  | 'AGENT_AT_CAPACITY'
  | 'NOT_OFFERED'
  | 'ALREADY_OFFERED'
  | 'AGENT_UNAVAILABLE'
  | 'NOT_IN_QUEUE'
  | 'ASSIGNMENT_CHANGED'
  | 'ALREADY_REPLIED'
  | 'NOT_WAITING'
  | 'ALREADY_BREACHED';

export class InvalidState extends DomainError {
  readonly code = 'INVALID_STATE';
  constructor(readonly reason: InvalidStateReason) {
    super(`refused: ${reason}`);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(readonly entity: 'Conversation' | 'Agent' | 'TransferReason' | 'Queue' | 'Contact', readonly id: string) {
    super(`${entity} ${id} not found`);
  }
}

export class BadInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message: string) {
    super(message);
  }
}

export class ConcurrencyConflict extends DomainError {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(readonly stream: string, readonly expected: string, readonly actual: number) {
    super(`stream ${stream} is at version ${actual}, expected ${expected}`);
  }
}
