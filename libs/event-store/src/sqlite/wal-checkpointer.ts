import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Checkpoints a database file's WAL from a worker thread. SQLite otherwise checkpoints inside whichever commit
 * finds the WAL past 1,000 pages: that commit then copies megabytes and waits for an fsync on the event loop,
 * which every request in flight waits for too. Here PASSIVE checkpoints (never waiting for, nor blocking, a
 * reader or writer) run on another thread; the connections keep a far-off automatic checkpoint as a backstop,
 * and go back to SQLite's default if the worker stops.
 */
const INTERVAL_MS = 200;
/** Pages past which a connection still checkpoints by itself (about 40 MB). */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;
export const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    if (error.code !== 'SQLITE_BUSY' && error.code !== 'SQLITE_LOCKED') throw error;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

interface Running {
  worker: Worker;
  users: number;
  onStop: Set<() => void>;
}

/** One worker per file however many connections of this process use it. */
const running = new Map<string, Running>();

/** Starts (or joins) the file's checkpointer; `onStop` runs if the worker dies. Returns the release function. */
export function shareCheckpointer(path: string, onStop: () => void): () => void {
  const file = resolve(path);
  let entry = running.get(file);
  if (!entry) {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), path: file, intervalMs: INTERVAL_MS },
    });
    worker.unref();
    const started: Running = { worker, users: 0, onStop: new Set() };
    const stopped = (): void => {
      if (running.get(file) === started) running.delete(file);
      for (const callback of started.onStop) callback();
    };
    worker.once('error', stopped);
    worker.once('exit', stopped);
    running.set(file, (entry = started));
  }
  const joined = entry;
  joined.users++;
  joined.onStop.add(onStop);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    joined.onStop.delete(onStop);
    if (--joined.users > 0) return;
    if (running.get(file) === joined) running.delete(file);
    joined.worker.postMessage('stop');
  };
}
