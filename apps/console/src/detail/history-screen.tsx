import { FormEvent, useEffect, useId, useState } from 'react';
import { AGENTS, AUDIT_TRAIL, CONVERSATION, CONVERSATION_UPDATED } from '../api/operations';
import { Agent, AuditEntry, Conversation } from '../api/types';
import { hasRole } from '../auth/session';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../shell/routes';
import { ConversationStatusBadge } from '../ui/badges';
import { conversationLabel } from '../ui/conversation-label';
import { ErrorMessage, Loading } from '../ui/messages';
import { AuditDetails, eventLabel } from './audit-details';

interface Detail {
  conversation: Conversation | null;
  trail: AuditEntry[];
  agents: Agent[];
}

/** Who did what to a conversation, when and why; re-read live when the conversation changes. */
export function HistoryScreen({ conversationId }: { conversationId?: string }) {
  const { t } = useI18n();
  const id = useId();
  const [lookup, setLookup] = useState(conversationId ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lookup.trim()) navigate({ screen: 'history', param: lookup.trim() });
  };
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('navHistory')}</h1>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={id}>{t('historyLookup')}</label>
          <input id={id} value={lookup} onChange={(event) => setLookup(event.target.value)} />
        </div>
        <button type="submit">{t('historyOpen')}</button>
      </form>
      {conversationId && <History key={conversationId} conversationId={conversationId} />}
    </main>
  );
}

function History({ conversationId }: { conversationId: string }) {
  const { t, dateTime } = useI18n();
  const { request, live, session } = useApi();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const readsModels = hasRole(session, 'AGENT', 'SUPERVISOR', 'ADMIN');

  useEffect(() => {
    if (!readsModels) return;
    return live.subscribe(CONVERSATION_UPDATED, {}, ({ conversationUpdated }) => {
      if (conversationUpdated.id === conversationId) setGeneration((value) => value + 1);
    });
  }, [live, conversationId, readsModels]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const trail = (await request(AUDIT_TRAIL, { conversationId })).auditTrail;
        const conversation = readsModels ? (await request(CONVERSATION, { id: conversationId })).conversation : null;
        const agents = readsModels ? (await request(AGENTS)).agents : [];
        if (!cancelled) setDetail({ conversation, trail, agents });
        if (!cancelled) setError(null);
      } catch (failure) {
        if (!cancelled) setError(failure);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [request, conversationId, readsModels, generation]);

  if (error) return <ErrorMessage error={error} onRetry={() => setGeneration((value) => value + 1)} />;
  if (!detail) return <Loading />;
  const nameOf = (agentId: string) => detail.agents.find((agent) => agent.id === agentId)?.name ?? agentId;
  const { conversation, trail } = detail;
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle', { conversation: conversation ? conversationLabel(conversation) : conversationId })}</h2>
      {conversation && (
        <dl className="summary">
          <dt>{t('colStatus')}</dt>
          <dd>
            <ConversationStatusBadge status={conversation.status} />
          </dd>
          <dt>{t('colQueue')}</dt>
          <dd>{conversation.queueId}</dd>
          <dt>{t('summaryChannel')}</dt>
          <dd>{conversation.channel}</dd>
          <dt>{t('colAssignee')}</dt>
          <dd>{conversation.assignee?.name ?? t('none')}</dd>
          <dt>{t('summaryOpened')}</dt>
          <dd>{dateTime(conversation.openedAt)}</dd>
          <dt>{t('summaryVersion')}</dt>
          <dd>{conversation.version}</dd>
        </dl>
      )}
      {trail.length === 0 ? (
        <p className="empty">{t('historyEmpty')}</p>
      ) : (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">{t('colWhen')}</th>
              <th scope="col">{t('colWhat')}</th>
              <th scope="col">{t('colWho')}</th>
              <th scope="col">{t('colDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {trail.map((entry) => (
              <tr key={entry.eventId} data-event={entry.type}>
                <td>
                  <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                </td>
                <th scope="row">{eventLabel(entry.type, t)}</th>
                <td>
                  {nameOf(entry.actor.id)} <span className="muted small">({entry.actor.role})</span>
                </td>
                <td>
                  <AuditDetails entry={entry} nameOf={nameOf} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
