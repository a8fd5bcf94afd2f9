import { join } from 'node:path';
import { createEventLog, EventLogWriter } from '../support/event-log';
import { log, runScenario, ScenarioInput } from '../support/scenario';
import { SIZES } from '../support/sizes';
import { nowMs } from '../support/stats';
import { writeContactCenterLog } from '../support/workload';

/** Setup in a process of its own, so that the rebuild's memory figure carries nothing of it. */
runScenario(async (input: ScenarioInput) => {
  const path = join(String(input.dataDir), 'rebuild.db');
  const started = nowMs();
  await createEventLog(path);
  const writer = new EventLogWriter(path);
  writeContactCenterLog(writer, SIZES.rebuildEvents);
  writer.close();
  log(`wrote ${SIZES.rebuildEvents.toLocaleString('en-US')} events in ${((nowMs() - started) / 1000).toFixed(1)} s`);
  return [];
});
