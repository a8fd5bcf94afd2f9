import { kurrentConnectionString } from './connection-string';

describe('the connection string handed to the KurrentDB client', () => {
  it('reads esdb:// as kurrentdb://, keeping everything after the scheme', () => {
    expect(kurrentConnectionString('esdb://eventstoredb:2113?tls=false')).toBe('kurrentdb://eventstoredb:2113?tls=false');
    expect(kurrentConnectionString('esdb+discover://a:2113,b:2113?tls=true')).toBe('kurrentdb+discover://a:2113,b:2113?tls=true');
  });

  it('passes the client\'s own schemes through', () => {
    expect(kurrentConnectionString('kurrentdb://localhost:2113?tls=false')).toBe('kurrentdb://localhost:2113?tls=false');
  });
});
