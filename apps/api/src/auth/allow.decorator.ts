import { Operation, Role, rolesOf } from '@handoff/domain';
import { SetMetadata } from '@nestjs/common';
import 'reflect-metadata';

const GUARDED_OPERATION = 'handoff:guarded-operation';

/** The row of the role matrix (libs/domain's ROLE_MATRIX) that guards this field; finer rules, e.g. "its own", are the decider's. */
export const Allow = (operation: Operation): MethodDecorator => SetMetadata(GUARDED_OPERATION, operation);

/** The operation an @Allow names on a resolver method, if any. */
export function guardedOperation(method: Function): Operation | undefined {
  return Reflect.getMetadata(GUARDED_OPERATION, method) as Operation | undefined;
}

/** The roles that may call a resolver method: its operation's row of the matrix; undefined without @Allow. */
export function allowedRoles(method: Function): readonly Role[] | undefined {
  const operation = guardedOperation(method);
  return operation ? rolesOf(operation) : undefined;
}
