import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { nowMs } from './stats';

/** graphql-ws subscribers of conversationUpdated(queueId), as the fan-out and live-subscribers scenarios open them. */
const SUBSCRIPTION = `subscription($queueId: ID) { conversationUpdated(queueId: $queueId) { id status version } }`;
export const DELIVERY_TIMEOUT_MS = 10_000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Subscriber {
  client: Client;
  /** Resolves with the arrival time of the message showing `version`. */
  arrival(version: number): Promise<number>;
}

export function subscriber(url: string, token: string, queueId: string): Subscriber {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
  const arrivals = new Map<number, number>();
  const waiting = new Map<number, { resolve: (at: number) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  client.subscribe<{ conversationUpdated: { version: number } }>({ query: SUBSCRIPTION, variables: { queueId } }, {
    next: (message) => {
      const at = nowMs();
      const version = message.data?.conversationUpdated.version;
      if (version === undefined) return;
      arrivals.set(version, at);
      waiting.get(version)?.resolve(at);
    },
    error: (error) => {
      failure = new Error(`subscription failed: ${String(error)}`);
      for (const { reject } of waiting.values()) reject(failure);
    },
    complete: () => undefined,
  });
  const arrival = (version: number): Promise<number> => {
    if (arrivals.has(version)) return Promise.resolve(arrivals.get(version) as number);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`version ${version} not delivered`)), DELIVERY_TIMEOUT_MS);
      waiting.set(version, {
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  };
  return { client, arrival };
}

export async function activeSubscriptions(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('handoff_active_subscriptions '));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** Waits until the server counts exactly `count` open subscriptions (a subscriber missing its first change would hang). */
export async function subscriptionsReach(baseUrl: string, count: number, timeoutMs = DELIVERY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // /metrics walks every open handle (prom-client's default metrics): with thousands of sockets, not 50 times a second.
  const pollMs = count > 1000 ? 1000 : 20;
  while ((await activeSubscriptions(baseUrl)) !== count) {
    if (Date.now() > deadline) throw new Error(`the server did not reach ${count} open subscriptions`);
    await sleep(pollMs);
  }
}

