import { GraphQLResolveInfo } from 'graphql';

const executions = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * One read per key per GraphQL execution: a request that asks for the same conversation's history (or the same
 * agent) under many aliases or list items reads it once. Keyed on `info.variableValues`, the object graphql-js
 * builds once per execution — per request, and per event of a subscription, so an event never sees the last one's.
 */
export function oncePerExecution<T>(info: GraphQLResolveInfo, key: string, read: () => Promise<T>): Promise<T> {
  let reads = executions.get(info.variableValues);
  if (!reads) {
    reads = new Map();
    executions.set(info.variableValues, reads);
  }
  let pending = reads.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    reads.set(key, pending);
  }
  return pending;
}
