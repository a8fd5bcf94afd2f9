export * from './process-manager';
export * from './process-manager-runner';
export type { Dispatch, PmLogger } from './outbox-dispatcher';
export { isRefusal, silentPmLogger } from './outbox-dispatcher';
export { pmCollection, collectionOf } from './pm-store';
