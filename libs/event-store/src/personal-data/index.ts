export * from './aes-gcm';
export * from './envelope';
export * from './master-key';
export * from './data-key-store.port';
export * from './key-cache';
export * from './data-keys';
export * from './personal-fields';
export * from './personal-data-event-store';
