export * from './config';
export * from './stores';
export * from './auth-config';
export * from './limits.config';
export * from './data-key.config';
