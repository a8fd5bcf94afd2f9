export * from './event-store.port';
export * from './event-id';
export * from './command-reuse';
export * from './expected-version';
export * from './sqlite/sqlite-connection';
export * from './sqlite/sqlite-event-store.adapter';
export * from './eventstoredb/eventstoredb-event-store.adapter';
export * from './multi-append';
