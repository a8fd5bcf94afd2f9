import { Role, ROLES, TokenRole } from '@handoff/domain';
import { DEV_JWT_SECRET } from '@handoff/platform';
import { parseArgs } from 'node:util';
import { signToken } from '../apps/api/src/auth/token-signer';

/** npm run token -- --sub sup-1 --tenant demo --roles SUPERVISOR[,ADMIN] [--expires 8h] */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      tenant: { type: 'string', default: 'demo' },
      roles: { type: 'string', default: 'SUPERVISOR' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = (values.roles ?? '').split(',').map((role) => role.trim().toUpperCase());
  const unknown = roles.filter((role) => !ROLES.includes(role as TokenRole));
  if (!values.sub || unknown.length > 0) {
    process.stderr.write(`usage: npm run token -- --sub <user id> --tenant <tenant> --roles ${ROLES.join('|')}[,...]\n`);
    if (unknown.length) process.stderr.write(`unknown role(s): ${unknown.join(', ')}\n`);
    process.exit(1);
  }
  const secret = process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET;
  process.stdout.write(`${await signToken(secret, { sub: values.sub, tenant: values.tenant ?? 'demo', roles: roles as Role[] }, values.expires)}\n`);
}

void main();
