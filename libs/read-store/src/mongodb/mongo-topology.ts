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

/**
 * The read store commits each batch (documents, checkpoint, change record) in one transaction; a standalone
 * server has none, so it is refused at start rather than half-supported.
 */
export function requireTransactions(hello: HelloReply): void {
  if (supportsTransactions(hello)) return;
  throw new MongoTopologyError(
    'the MongoDB server is a standalone server without transactions: handoff needs a replica set or a sharded ' +
      'cluster. A single-node replica set is enough: start mongod with --replSet rs0, run rs.initiate() once, and ' +
      'add ?replicaSet=rs0 to MONGODB_URL (docker-compose.yml does this).',
  );
}

export class MongoTopologyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MongoTopologyError';
  }
}
