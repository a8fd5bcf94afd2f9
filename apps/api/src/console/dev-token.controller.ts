import { checkId, checkUserId, Role, ROLES, TokenRole } from '@handoff/domain';
import { AppConfig } from '@handoff/platform';
import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { signToken } from '../auth/token-signer';
import { APP_CONFIG } from '../infrastructure/tokens';

/** A working day; the console signs in again (a fresh token) when the server closes its socket at `exp`. */
const DEV_TOKEN_LIFETIME = '8h';

interface DevTokenRequest {
  tenant?: unknown;
  sub?: unknown;
  roles?: unknown;
}

function parse(body: DevTokenRequest | undefined): { tenant: string; sub: string; roles: Role[] } {
  try {
    const tenant = checkId('tenant', body?.tenant);
    const sub = checkUserId('sub', body?.sub);
    const roles = body?.roles;
    if (!Array.isArray(roles) || roles.length === 0 || roles.some((role) => !ROLES.includes(role as TokenRole))) {
      throw new Error(`roles: one or more of ${ROLES.join(', ')}`);
    }
    return { tenant, sub, roles: [...new Set(roles as Role[])] };
  } catch (error) {
    throw new BadRequestException(error instanceof Error ? error.message : 'invalid request');
  }
}

/**
 * Development sign-in for the console: mints a token for any tenant, user and roles. ConsoleModule leaves this
 * controller out when NODE_ENV=production, so there the route does not exist (404).
 */
@Controller('dev/token')
export class DevTokenController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Lets the console know that dev sign-in is offered. */
  @Get()
  available(): { devSignIn: true } {
    return { devSignIn: true };
  }

  @Post()
  @HttpCode(200)
  async issue(@Body() body: DevTokenRequest | undefined): Promise<{ token: string }> {
    const claims = parse(body);
    return { token: await signToken(this.config.jwtSecret, claims, DEV_TOKEN_LIFETIME) };
  }
}
