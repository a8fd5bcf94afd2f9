export * from './projection';
export * from './read-models';
export * from './projector/batch-documents';
export * from './projector/change-follower';
export * from './projector/projector';
export * from './as-of';
