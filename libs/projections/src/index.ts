export * from './projection';
export * from './projections';
export * from './projector/batch-documents';
export * from './projector/change-follower';
export * from './projector/projector';
