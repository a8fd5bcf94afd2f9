import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedSchema } from '../apps/api/src/bootstrap';
import { TestServer } from './support/test-server';

describe('schema.gql', () => {
  it('is the schema the server serves (run `npm run schema` after changing it)', async () => {
    const server = await TestServer.start({ env: { PROJECTOR: 'off' } });
    try {
      const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
      expect(committed).toBe(servedSchema(server.app) + '\n');
    } finally {
      await server.stop();
    }
  });
});
