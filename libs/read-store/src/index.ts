export * from './read-store.port';
export * from './cursor';
export * from './sqlite/sqlite-read-store.adapter';
