import { AGENT_PERFORMANCE_EXPORT } from './agent-performance.export';
import { AnyExport } from './export-definition';
import { EVENTS_EXPORT } from './events.export';
import { QUEUE_PERFORMANCE_EXPORT } from './queue-performance.export';
import { TRANSFERS_EXPORT } from './transfers.export';

/** Every export served at `GET /export/<name>`. */
export const EXPORTS: readonly AnyExport[] = [TRANSFERS_EXPORT, AGENT_PERFORMANCE_EXPORT, QUEUE_PERFORMANCE_EXPORT, EVENTS_EXPORT];
