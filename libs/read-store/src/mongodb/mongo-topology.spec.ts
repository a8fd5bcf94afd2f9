import { MongoTopologyError, requireTransactions, supportsTransactions } from './mongo-topology';

describe('MongoDB topology', () => {
  it('uses transactions on a replica set member', () => {
    expect(supportsTransactions({ setName: 'rs0', isWritablePrimary: true, logicalSessionTimeoutMinutes: 30 })).toBe(true);
    expect(() => requireTransactions({ setName: 'rs0', isWritablePrimary: true, logicalSessionTimeoutMinutes: 30 })).not.toThrow();
  });

  it('uses transactions through a mongos router', () => {
    expect(() => requireTransactions({ msg: 'isdbgrid', logicalSessionTimeoutMinutes: 30 })).not.toThrow();
  });

  it('refuses a standalone server, saying that a single-node replica set is enough', () => {
    const standalone = { isWritablePrimary: true, logicalSessionTimeoutMinutes: 30 };
    expect(() => requireTransactions(standalone)).toThrow(MongoTopologyError);
    expect(() => requireTransactions(standalone)).toThrow(/standalone server without transactions.*single-node replica set.*--replSet rs0/);
  });

  it('refuses a server without sessions', () => {
    expect(() => requireTransactions({ setName: 'rs0' })).toThrow(MongoTopologyError);
  });
});
