import { Forbidden, hasAnyRole, Role } from '@handoff/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './caller';
import { ALLOWED_ROLES } from './allow.decorator';
import { Unauthenticated } from './errors';

/** Every operation needs a verified caller; operations marked with @Allow also need one of its roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const { caller } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!caller?.actor) throw new Unauthenticated(caller?.problem ?? 'missing bearer token');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, [context.getHandler(), context.getClass()]);
    if (roles && !hasAnyRole(caller.actor, roles)) throw new Forbidden(`needs one of ${roles.join(', ')}`);
    return true;
  }
}
