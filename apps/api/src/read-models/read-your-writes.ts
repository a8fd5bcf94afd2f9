import { ApolloServerPlugin } from '@apollo/server';

/**
 * Told to the client in `extensions.readYourWrites` when a mutation's answer is not the read model caught up with
 * the command: the command is committed all the same, and a client must not retry it.
 */
export interface ReadYourWritesWarning {
  /** The GraphQL type and id of the answered document. */
  type: 'Conversation' | 'Agent' | 'TransferReason';
  id: string;
  caughtUp: false;
  /** READ_MODEL: the read model shows the command but not all it reads yet; EVENT_LOG: folded from the stream. */
  answeredFrom: 'READ_MODEL' | 'EVENT_LOG';
  /** The log position of the command's last event; null when it appended nothing. */
  position: string | null;
  /** How far each projection the answer reads has got; lagEvents counts up to LAG_COUNT_LIMIT. */
  projections: Array<{ projection: string; position: string; lagEvents: number }>;
  /** Events of the answered stream that a projection could not apply (see `npm run dead-letters`). */
  deadLettered: Array<{ projection: string; position: string; eventType: string }>;
}

const warnings = new WeakMap<object, ReadYourWritesWarning[]>();

/** Records a warning for the request whose GraphQL context this is. */
export function warnReadYourWrites(context: object, warning: ReadYourWritesWarning): void {
  warnings.set(context, [...(warnings.get(context) ?? []), warning]);
}

/** The result with the request's warnings in `extensions.readYourWrites` (graphql-ws: mutations sent over a socket). */
export function withReadYourWrites<Result extends { extensions?: Record<string, unknown> }>(contextValue: unknown, result: Result): Result {
  const list = typeof contextValue === 'object' && contextValue ? warnings.get(contextValue) : undefined;
  return list?.length ? { ...result, extensions: { ...result.extensions, readYourWrites: list } } : result;
}

/** Puts the request's warnings into the response's `extensions.readYourWrites` (HTTP). */
export const readYourWritesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const list = warnings.get(contextValue);
        if (!list?.length || response.body.kind !== 'single') return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, readYourWrites: list };
      },
    };
  },
};
