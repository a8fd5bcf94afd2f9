import { Client, createClient } from 'graphql-ws';
import { closedForToken } from '../auth/token-renewal';
import { ApiError, GRAPHQL_PATH, Operation, toApiError } from './graphql-client';

export type LiveState = 'connecting' | 'connected' | 'reconnecting';

/** Grows to this delay between reconnection attempts, so a restarted api is found again quickly but not hammered. */
const MAX_RETRY_DELAY_MS = 10_000;

/**
 * One graphql-ws connection per signed-in session. Subscriptions only push changes, so every screen re-reads its
 * snapshot after a reconnection (`onReconnected`): what happened while the socket was down is not lost.
 */
export class LiveClient {
  private readonly client: Client;
  private state: LiveState = 'connecting';
  private readonly stateListeners = new Set<(state: LiveState) => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private connectedOnce = false;

  /** `onTokenClosed`: the api closed the socket because of the token (e.g. it expired); no retry with it. */
  constructor(token: string, onTokenClosed: () => void = () => undefined) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.client = createClient({
      url: `${scheme}://${location.host}${GRAPHQL_PATH}`,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      keepAlive: 15_000,
      retryAttempts: Infinity,
      shouldRetry: (event) => !closedForToken(event),
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_DELAY_MS, 500 * 2 ** retries))),
      on: {
        connected: () => {
          const wasConnected = this.connectedOnce;
          this.connectedOnce = true;
          this.setState('connected');
          if (wasConnected) this.reconnectListeners.forEach((listener) => listener());
        },
        closed: (event) => {
          this.setState(this.connectedOnce ? 'reconnecting' : 'connecting');
          if (closedForToken(event)) onTokenClosed();
        },
      },
    });
  }

  get current(): LiveState {
    return this.state;
  }

  onState(listener: (state: LiveState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onReconnected(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  /** Resolves once the socket is acknowledged, so a snapshot read after it cannot miss a change. */
  whenConnected(): Promise<void> {
    if (this.state === 'connected') return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.onState((state) => {
        if (state !== 'connected') return;
        stop();
        resolve();
      });
    });
  }

  subscribe<Result, Variables extends Record<string, unknown>>(
    operation: Operation<Result, Variables>,
    variables: Variables,
    onData: (data: Result) => void,
    onError?: (error: ApiError) => void,
  ): () => void {
    return this.client.subscribe<Result>(
      { query: operation.toString(), variables },
      {
        next: (message) => {
          if (message.errors?.length) onError?.(toApiError(message.errors[0]));
          else if (message.data) onData(message.data);
        },
        error: () => onError?.(new ApiError('subscription failed', 'NETWORK')),
        complete: () => undefined,
      },
    );
  }

  dispose(): void {
    this.stateListeners.clear();
    this.reconnectListeners.clear();
    void this.client.dispose();
  }

  private setState(state: LiveState): void {
    this.state = state;
    this.stateListeners.forEach((listener) => listener(state));
  }
}
