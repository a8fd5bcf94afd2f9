export * from './read-store.port';
export * from './collection';
export * from './cursor';
export * from './sqlite/sqlite-read-store.adapter';
export * from './mongodb/mongodb-read-store.adapter';
export * from './mutex';
export * from './key-store/sqlite-data-key-store';
export * from './key-store/mongo-data-key-store';
