export * from './routing.manager';
export * from './routing.policy';
export * from './routing.state';
export * from './routing.timers';
