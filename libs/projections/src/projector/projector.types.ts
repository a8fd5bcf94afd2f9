import { Generation } from '@handoff/read-store';
import { Projection } from '../projection';
import { RecentDocuments } from './batch-documents';

export interface ProjectorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ProjectorOptions {
  /** Who holds the leases; unique per process. */
  owner?: string;
  /** Events per committed batch while following the log. */
  batchSize?: number;
  /** Events per committed batch while building a new generation. */
  rebuildBatchSize?: number;
  leaseTtlMs?: number;
  logger?: ProjectorLogger;
  /** Called after each batch a new generation takes in (rebuild progress). */
  onBuildProgress?: (progress: BuildProgress) => void;
  now?: () => Date;
}

export interface BuildProgress {
  projections: string[];
  position: bigint;
  events: number;
}

export interface ProjectionStatus {
  projection: string;
  generation: number;
  version: number;
  position: bigint;
  owned: boolean;
  building?: { generation: number; position: bigint };
}

export interface Target {
  projection: Projection;
  generation: number;
  checkpoint: bigint;
  /** Documents of recent batches, valid while this target object is the one the projector writes. */
  recent: RecentDocuments;
}

/** Documents per generation kept between batches (see RecentDocuments): a few batches' worth of conversations. */
const RECENT_DOCUMENTS = 5000;

export const silentLogger: ProjectorLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

export function toTarget(projection: Projection, generation: Generation): Target {
  return {
    projection,
    generation: generation.generation,
    checkpoint: BigInt(generation.checkpoint),
    recent: new RecentDocuments(RECENT_DOCUMENTS),
  };
}
