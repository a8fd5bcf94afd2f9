import { LiveUpdates } from '../../apps/api/src/live/live-updates.service';
import { GraphQLResponse, TestServer } from './test-server';

/**
 * Waits until the server itself holds exactly `count` live subscriptions. A subscription hears every change
 * committed after the server holds it, so this is the barrier between subscribing and acting (graphql-ws tells a
 * client nothing when a subscription starts); waiting for 0 is the barrier after closing them.
 */
export async function untilSubscriptions(server: TestServer, count: number, timeoutMs = 5000): Promise<void> {
  const live = server.app.get(LiveUpdates);
  const deadline = Date.now() + timeoutMs;
  while (live.activeSubscriptions !== count) {
    if (Date.now() > deadline) throw new Error(`the server holds ${live.activeSubscriptions} subscriptions, not ${count}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * What a feed heard before the message `isBarrier` picks. Pushes reach one subscriber in log order, so once a
 * later change has arrived, an earlier change the feed was going to hear has arrived too: a negative check made
 * on these messages cannot race the socket.
 */
export function heardBefore<T>(messages: GraphQLResponse<T>[], isBarrier: (message: GraphQLResponse<T>) => boolean): GraphQLResponse<T>[] {
  const barrier = messages.findIndex(isBarrier);
  if (barrier < 0) throw new Error(`the barrier message has not arrived; heard ${JSON.stringify(messages)}`);
  return messages.slice(0, barrier);
}
