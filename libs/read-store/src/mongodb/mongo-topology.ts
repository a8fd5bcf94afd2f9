/** What the `hello` command answered. */
export type HelloReply = Readonly<Record<string, unknown>>;

/**
 * Multi-document transactions need a replica set member (`setName`) or a mongos router (`msg: 'isdbgrid'`),
 * and sessions (`logicalSessionTimeoutMinutes`); a standalone server has neither.
 */
export function supportsTransactions(hello: HelloReply): boolean {
  const clustered = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
  return clustered && typeof hello.logicalSessionTimeoutMinutes === 'number';
}
