import { Forbidden, hasAnyRole } from '@handoff/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './caller';
import { allowedRoles } from './allow.decorator';
import { Unauthenticated } from './errors';

/** Every operation needs a verified caller; operations marked with @Allow also need one of its roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const { caller } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!caller?.actor) throw new Unauthenticated(caller?.problem ?? 'missing bearer token');
    const roles = allowedRoles(context.getHandler());
    if (roles && !hasAnyRole(caller.actor, roles)) throw new Forbidden(`needs one of ${roles.join(', ')}`);
    return true;
  }
}
