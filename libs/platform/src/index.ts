export * from './config';
export * from './stores';
