import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { FieldRoles, fieldRolesOf } from './field-roles';

/** The field roles of every resolver the application registers, read once its modules are all scanned. */
@Injectable()
export class ResolverRoles {
  private roles?: FieldRoles;

  constructor(private readonly discovery: DiscoveryService) {}

  get fieldRoles(): FieldRoles {
    this.roles ??= fieldRolesOf(
      this.discovery.getProviders().flatMap((wrapper) => (typeof wrapper.metatype === 'function' ? [wrapper.metatype] : [])),
    );
    return this.roles;
  }
}

@Module({ imports: [DiscoveryModule], providers: [ResolverRoles], exports: [ResolverRoles] })
export class FieldRolesModule {}
