import { Role } from '@handoff/domain';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import 'reflect-metadata';
import { allowedRoles } from './allow.decorator';

/** `Type.field` (e.g. `Conversation.history`, `Mutation.openConversation`) → the roles of the operation its resolver's @Allow names. */
export type FieldRoles = ReadonlyMap<string, readonly Role[]>;

/**
 * Read from the resolvers' own decorators, the way Nest binds them (a method's @Query/@Mutation/@Subscription
 * type, else the class's @Resolver type; its field name, else the method's name): RolesGuard and anything that
 * must know a field's roles before execution share one source.
 */
export function fieldRolesOf(resolvers: Iterable<Function>): FieldRoles {
  const roles = new Map<string, readonly Role[]>();
  for (const resolver of resolvers) {
    // Providers that are factories have no prototype (arrow functions) or none of interest.
    const prototype = resolver.prototype as Record<string, unknown> | undefined;
    if (!prototype) continue;
    for (const methodName of Object.getOwnPropertyNames(prototype)) {
      const method = Object.getOwnPropertyDescriptor(prototype, methodName)?.value;
      if (typeof method !== 'function' || methodName === 'constructor') continue;
      const allowed = allowedRoles(method);
      const type = (Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) ?? Reflect.getMetadata(RESOLVER_TYPE_METADATA, resolver)) as string | undefined;
      if (!allowed || !type) continue;
      const field = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
      roles.set(`${type}.${field}`, allowed);
    }
  }
  return roles;
}
