export * from './board-checkpoints.projection';
export * from './board-checkpoints.queries';
export * from './board-events';
export * from './board-state';
