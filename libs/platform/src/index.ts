export * from './config';
export * from './stores';
export * from './auth-config';
export * from './limits.config';
