import { Actor } from '@handoff/domain';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './caller';
import { Unauthenticated } from './errors';

/** The verified actor of the request (RolesGuard has already refused requests without one). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { caller } = GqlExecutionContext.create(context).getContext<RequestContext>();
  if (!caller?.actor) throw new Unauthenticated('missing bearer token');
  return caller.actor;
});
