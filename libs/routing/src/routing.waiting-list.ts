import type { RoutingStep } from './routing.step';
import { byWait, conversationKey, ConversationInfo, PageDocument, PageRef, pageKey, QueueDocument, Waiting } from './routing.state';

/**
 * A queue's waiting list, in wait order, kept in pages of at most PAGE_SIZE conversations: an event reads and
 * writes the one page its conversation is on (found from when it began waiting), whatever the list's length.
 */
export const PAGE_SIZE = 200;

type Place = { since: string; conversationId: string };

/** The page a conversation waiting since `place` is (or goes) on: the last one starting at or before it, else the first. */
function pageIndex(queue: QueueDocument, place: Place): number {
  let low = 0;
  let high = queue.pages.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (byWait(queue.pages[middle], place) <= 0) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

const refOf = (key: string, first: Waiting): PageRef => ({ key, since: first.since, conversationId: first.conversationId });

function located(step: RoutingStep, conversationId: string): { info: ConversationInfo; queue: QueueDocument; index: number } | undefined {
  const info = step.conversation(conversationId);
  if (!info || info.since === undefined) return undefined;
  const queue = step.queue(info.queueId);
  if (!queue || queue.pages.length === 0) return undefined;
  return { info, queue, index: pageIndex(queue, { since: info.since, conversationId }) };
}

export function waitingOf(step: RoutingStep, conversationId: string): Waiting | undefined {
  const place = located(step, conversationId);
  return place && step.page(place.queue.pages[place.index].key).waiting.find((w) => w.conversationId === conversationId);
}

/** The conversation's entry on the reaction's own copy of its page, to change. */
export function editWaiting(step: RoutingStep, conversationId: string): Waiting | undefined {
  const place = located(step, conversationId);
  if (!place || !waitingOf(step, conversationId)) return undefined;
  const page = step.editPage(place.queue.pages[place.index].key);
  return step.editEntry(page, page.waiting.findIndex((w) => w.conversationId === conversationId));
}

/** Takes the conversation off its queue's waiting list (its page goes when it empties); what it was, if it waited. */
export function removeWaiting(step: RoutingStep, conversationId: string): Waiting | undefined {
  const place = located(step, conversationId);
  const waiting = waitingOf(step, conversationId);
  if (!place || !waiting) return undefined;
  const ref = place.queue.pages[place.index];
  const page = step.editPage(ref.key);
  page.waiting = page.waiting.filter((w) => w.conversationId !== conversationId);
  step.put(conversationKey(conversationId), { queueId: place.info.queueId, channel: place.info.channel });
  if (page.waiting.length === 0) {
    step.put(ref.key, null);
    step.editQueue(place.info.queueId).pages.splice(place.index, 1);
  } else if (ref.conversationId === conversationId) {
    step.editQueue(place.info.queueId).pages[place.index] = refOf(ref.key, page.waiting[0]);
  }
  return waiting;
}

/** Puts a conversation on its queue's waiting list in wait order; a page over PAGE_SIZE splits (appends start a new one). */
export function addWaiting(step: RoutingStep, waiting: Waiting): void {
  const { conversationId, queueId, channel, since } = waiting;
  const queue = step.queue(queueId);
  if (!queue || queue.pages.length === 0) {
    const key = pageKey(queueId, queue?.nextPage ?? 0);
    step.need(key);
    const edited = step.editQueue(queueId);
    edited.pages = [refOf(key, waiting)];
    edited.nextPage = (queue?.nextPage ?? 0) + 1;
    step.put(key, { waiting: [waiting] });
  } else {
    const index = pageIndex(queue, waiting);
    const ref = queue.pages[index];
    step.need(ref.key, pageKey(queueId, queue.nextPage));
    const page = step.editPage(ref.key);
    const at = page.waiting.findIndex((w) => byWait(waiting, w) < 0);
    page.waiting.splice(at < 0 ? page.waiting.length : at, 0, waiting);
    if (at === 0) step.editQueue(queueId).pages[index] = refOf(ref.key, waiting);
    if (page.waiting.length > PAGE_SIZE) split(step, queueId, index, page, at < 0 && index === queue.pages.length - 1);
  }
  step.put(conversationKey(conversationId), { queueId, channel, since });
}

function split(step: RoutingStep, queueId: string, index: number, page: PageDocument, appended: boolean): void {
  const queue = step.editQueue(queueId);
  const key = pageKey(queueId, queue.nextPage);
  const moved = page.waiting.splice(appended ? page.waiting.length - 1 : page.waiting.length >> 1);
  step.put(key, { waiting: moved });
  queue.nextPage += 1;
  queue.pages.splice(index + 1, 0, refOf(key, moved[0]));
}

/** The queue's waiting conversations in wait order, reading its pages one at a time as the walk reaches them. */
export function* walkWaiting(step: RoutingStep, queueId: string): Generator<Waiting> {
  const queue = step.queue(queueId);
  for (const ref of queue?.pages ?? []) yield* step.page(ref.key).waiting;
}
