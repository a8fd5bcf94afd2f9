import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The adapter uses only the public API of @kurrent/kurrentdb-client: no deep imports of its dist/ or generated/
 * files, no protected members reached by element access, no @eventstore/db-client. The fake server (test code)
 * takes the protocol's generated messages from the client package: it has to speak the wire protocol.
 */
const ADAPTER_DIR = __dirname;
const adapterSources = readdirSync(ADAPTER_DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
  .map((file) => ({ file, text: readFileSync(join(ADAPTER_DIR, file), 'utf8') }));

describe('the EventStoreDB adapter and its client', () => {
  it('imports only the client package itself', () => {
    const imports = adapterSources.flatMap(({ file, text }) =>
      [...text.matchAll(/from '([^']+)'/g)].map((match) => ({ file, from: match[1] })),
    );
    const client = imports.filter(({ from }) => /^@(kurrent|eventstore)\//.test(from));
    expect(client.length).toBeGreaterThan(0);
    expect(client.filter(({ from }) => from !== '@kurrent/kurrentdb-client')).toEqual([]);
  });

  it('reaches no member of the client by element access', () => {
    const reached = adapterSources.filter(({ text }) => /client\[['"`]/.test(text)).map(({ file }) => file);
    expect(reached).toEqual([]);
  });
});
