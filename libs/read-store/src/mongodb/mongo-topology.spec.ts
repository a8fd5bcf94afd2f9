import { supportsTransactions } from './mongo-topology';

describe('MongoDB transaction support', () => {
  it('uses transactions on a replica set member', () => {
    expect(supportsTransactions({ setName: 'rs0', isWritablePrimary: true, logicalSessionTimeoutMinutes: 30 })).toBe(true);
  });

  it('uses transactions through a mongos router', () => {
    expect(supportsTransactions({ msg: 'isdbgrid', logicalSessionTimeoutMinutes: 30 })).toBe(true);
  });

  it('guards positions instead on a standalone server', () => {
    expect(supportsTransactions({ isWritablePrimary: true, logicalSessionTimeoutMinutes: 30 })).toBe(false);
  });

  it('guards positions where sessions are unavailable', () => {
    expect(supportsTransactions({ setName: 'rs0' })).toBe(false);
  });
});
