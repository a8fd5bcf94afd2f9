/**
 * The connection string as the client wants it. `esdb://` (and `esdb+discover://`) stay our documented scheme;
 * @kurrent/kurrentdb-client reads them as `kurrentdb://` but warns on every client it creates, so they are
 * renamed here. The rest of the string is passed through unchanged.
 */
export function kurrentConnectionString(connectionString: string): string {
  return connectionString.replace(/^esdb(\+discover)?:\/\//i, (_match, discover: string | undefined) => `kurrentdb${discover ?? ''}://`);
}
