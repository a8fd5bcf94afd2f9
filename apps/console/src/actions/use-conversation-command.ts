import { useRef, useState } from 'react';
import { newCommandId } from '../api/command-id';
import { isStaleStateError } from '../api/errors';
import type { Operation, VariablesArg } from '../api/graphql-client';
import { CONVERSATION } from '../api/operations';
import { Conversation } from '../api/types';
import { useApi } from '../auth/session-context';

export interface ConversationCommand {
  /** The conversation as the dialog knows it; refreshed after a conflict or refusal. */
  conversation: Conversation;
  busy: boolean;
  error: unknown;
  /** Sends the mutation once at a time; resolves with the conversation the api answers, or null on failure. */
  run: <Result, Variables extends { input: CommandInput }>(
    mutation: Operation<Result, Variables>,
    answer: (data: Result) => Conversation,
    input: Omit<Variables['input'], keyof CommandInput>,
  ) => Promise<Conversation | null>;
}

/** What every conversation command's input carries besides its own fields; run() fills it in. */
interface CommandInput {
  conversationId: string;
  expectedVersion?: number | null;
  commandId?: string | null;
}

/**
 * One command per dialog: the command id is made when the dialog opens and reused by every submit from it, and
 * each submit names the version the user saw. A double click, or a retry after a lost answer, therefore acts once.
 */
export function useConversationCommand(initial: Conversation): ConversationCommand {
  const { request } = useApi();
  const [commandId] = useState(newCommandId);
  const [conversation, setConversation] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const run = async <Result, Variables extends { input: CommandInput }>(
    mutation: Operation<Result, Variables>,
    answer: (data: Result) => Conversation,
    input: Omit<Variables['input'], keyof CommandInput>,
  ): Promise<Conversation | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const command: CommandInput = { conversationId: conversation.id, expectedVersion: conversation.version, commandId };
      // The caller's fields plus the command's are the whole input; TypeScript cannot see that through Omit.
      const variables = { input: { ...input, ...command } } as Variables;
      const data = await request(mutation, ...([variables] as VariablesArg<Variables>));
      return answer(data);
    } catch (failure) {
      setError(failure);
      if (isStaleStateError(failure)) {
        const fresh = await request(CONVERSATION, { id: conversation.id }).catch(() => null);
        if (fresh?.conversation) setConversation(fresh.conversation);
      }
      return null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return { conversation, busy, error, run };
}
