import { Role } from '@handoff/domain';
import { SetMetadata } from '@nestjs/common';

export const ALLOWED_ROLES = 'handoff:allowed-roles';

/** The roles of DESIGN.md's matrix that may call this operation (finer rules, e.g. "its own", are the domain's). */
export const Allow = (...roles: Role[]): MethodDecorator => SetMetadata(ALLOWED_ROLES, roles);
