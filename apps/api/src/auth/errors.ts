export class Unauthenticated extends Error {
  readonly code = 'UNAUTHENTICATED';
}
