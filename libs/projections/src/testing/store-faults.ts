import { Commit, ReadStore } from '@handoff/read-store';

/** Faults injected around the real read store: a Proxy that delays or refuses some calls, never a mock. */

type Method = 'commit' | 'activateGeneration';

/** A call the gate held, released with `open()`; `settled` is how the real call then ended. */
export interface Gate {
  store: ReadStore;
  /** Resolves when the first matching call reached the gate. */
  reached: Promise<void>;
  open(): void;
  settled: Promise<{ ok: true } | { ok: false; error: Error }>;
}

/**
 * The real store, with the first call of `method` that `when` picks held until `open()`, as if the process were
 * paused right there (a projector holds its mutex meanwhile, so its leases are not renewed).
 */
export function gated<K extends Method>(store: ReadStore, method: K, when: (...args: Parameters<ReadStore[K]>) => boolean): Gate {
  let reach: () => void = () => undefined;
  let open: () => void = () => undefined;
  let settle: (outcome: { ok: true } | { ok: false; error: Error }) => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const opened = new Promise<void>((resolve) => (open = resolve));
  const settled = new Promise<{ ok: true } | { ok: false; error: Error }>((resolve) => (settle = resolve));
  let armed = true;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== method) return value.bind(target);
      return async (...args: Parameters<ReadStore[K]>) => {
        if (!armed || !when(...args)) return value.apply(target, args);
        armed = false;
        reach();
        await opened;
        try {
          const result = await value.apply(target, args);
          settle({ ok: true });
          return result;
        } catch (error) {
          settle({ ok: false, error: error as Error });
          throw error;
        }
      };
    },
  });
  return { store: proxy, reached, open, settled };
}

/** The real store, refusing every commit that `refuses` picks, for as long as it picks it. */
export function refusing(store: ReadStore, refuses: (commit: Commit) => boolean): ReadStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== 'commit') return value.bind(target);
      return (commit: Commit) => (refuses(commit) ? Promise.reject(new Error('injected: document refused')) : value.call(target, commit));
    },
  });
}
