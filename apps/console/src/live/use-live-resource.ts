import { useCallback, useEffect, useRef, useState } from 'react';
import type { Operation } from '../api/graphql-client';
import type { LiveClient } from '../api/live-client';
import { useApi } from '../auth/session-context';

export interface LiveSource<E> {
  /** Subscribes on `live` and hands each pushed change to `onEvent`; returns the unsubscribe. */
  subscribe: (live: LiveClient, onEvent: (event: E) => void) => () => void;
}

/** A subscription as a source of changes; `toEvent` gives the change a pushed message carries, or null to ignore it. */
export function liveSource<Result, Variables extends Record<string, unknown>, E>(
  operation: Operation<Result, Variables>,
  variables: Variables,
  toEvent: (data: Result) => E | null,
): LiveSource<E> {
  return {
    subscribe: (live, onEvent) =>
      live.subscribe(operation, variables, (data) => {
        const event = toEvent(data);
        if (event !== null) onEvent(event);
      }),
  };
}

export interface LiveResourceOptions<S, E> {
  /** A new key reads a new snapshot (and forgets the old one). */
  key: string;
  load: () => Promise<S>;
  sources: LiveSource<E>[];
  apply: (state: S, event: E) => S;
}

export interface LiveResource<S> {
  data: S | null;
  error: unknown;
  reload: () => void;
  update: (change: (state: S) => S) => void;
}

/**
 * A snapshot kept current by subscriptions, with no polling. It subscribes first, reads the snapshot once the
 * socket is up, then applies what arrived meanwhile, so no change falls between the read and the first push.
 * After a reconnection it reads the snapshot again: pushes sent while the socket was down are gone.
 */
export function useLiveResource<S, E>(options: LiveResourceOptions<S, E>): LiveResource<S> {
  const { live } = useApi();
  const [data, setData] = useState<S | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const current = useRef(options);
  current.current = options;
  const loadedKey = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let buffer: E[] | null = [];
    if (loadedKey.current !== options.key) setData(null);
    const onEvent = (event: E) => {
      if (buffer) buffer.push(event);
      else setData((state) => (state === null ? state : current.current.apply(state, event)));
    };
    const stops = current.current.sources.map((source) => source.subscribe(live, onEvent));
    const stopReconnected = live.onReconnected(() => setGeneration((value) => value + 1));
    void (async () => {
      try {
        await live.whenConnected();
        const snapshot = await current.current.load();
        if (cancelled) return;
        const pending = buffer ?? [];
        buffer = null;
        loadedKey.current = options.key;
        setData(pending.reduce(current.current.apply, snapshot));
        setError(null);
      } catch (failure) {
        if (cancelled) return;
        buffer = null;
        setError(failure);
      }
    })();
    return () => {
      cancelled = true;
      stops.forEach((stop) => stop());
      stopReconnected();
    };
  }, [live, options.key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const update = useCallback((change: (state: S) => S) => setData((state) => (state === null ? state : change(state))), []);
  return { data, error, reload, update };
}
