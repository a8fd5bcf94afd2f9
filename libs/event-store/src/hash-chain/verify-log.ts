import { tenantOfStream } from '@handoff/domain';
import { EventStore, Position, RecordedEvent, START } from '../event-store.port';
import { storedForm } from '../stored-form';
import { ChainReport, ChainVerifier } from './chain-verifier';

const PAGE = 5000;

export interface LogVerification extends ChainReport {
  /** See ChainVerifier.headsDigest. */
  headsDigest: string;
}

export interface VerifyLogOptions {
  /** Only the streams this tenant's name scopes (by the stream's name, whatever its events' metadata say). */
  tenantId?: string;
  /** Called after each page read: the position reached, the log's head when the check began, events so far. */
  onProgress?: (position: Position, head: Position, events: number) => void;
}

/**
 * Recomputes every hash chain of the log (or of one tenant), reading the events exactly as stored, up to the head
 * the log had when the check began: appends made meanwhile are left for the next check.
 */
export async function verifyLog(store: EventStore, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const stored = storedForm(store);
  const head = await stored.headPosition();
  const verifier = new ChainVerifier();
  const wanted = (event: RecordedEvent): boolean => options.tenantId === undefined || tenantOfStream(event.stream) === options.tenantId;
  let position = START;
  let seen = 0;
  while (position < head) {
    const page = await stored.readAll(position, PAGE, options.tenantId === undefined ? undefined : { tenantId: options.tenantId });
    if (page.length === 0) break;
    for (const event of page) {
      if (event.position > head) break;
      seen++;
      if (wanted(event)) verifier.add(event);
    }
    position = page[page.length - 1].position;
    options.onProgress?.(position < head ? position : head, head, seen);
  }
  return { ...verifier.report(), headsDigest: verifier.headsDigest() };
}

/** One stream's chain, read as stored. A stream holding an event that cannot be decoded is found by a scan of the log. */
export async function verifyStream(store: EventStore, stream: string): Promise<ChainReport> {
  const stored = storedForm(store);
  let events: RecordedEvent[];
  try {
    events = await stored.readStream(stream);
  } catch {
    events = await scanForStream(stored, stream);
  }
  // A log whose first event is hashed was hashed from the start: an unhashed event in the stream was stripped.
  const [first] = await stored.readAll(START, 1);
  const verifier = new ChainVerifier({ hashedSince: first?.metadata.hash !== undefined ? first?.position : undefined });
  for (const event of [...events].sort((a, b) => (a.position < b.position ? -1 : 1))) verifier.add(event);
  return verifier.report();
}

async function scanForStream(stored: EventStore, stream: string): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  for (let page = await stored.readAll(START, PAGE); page.length > 0; page = await stored.readAll(page[page.length - 1].position, PAGE)) {
    for (const event of page) if (event.stream === stream) found.push(event);
  }
  return found;
}
