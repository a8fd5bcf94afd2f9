import { ReactNode, useId } from 'react';
import { Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../shell/routes';
import { ConversationStatusBadge } from '../ui/badges';
import { conversationLabel } from '../ui/conversation-label';
import { ErrorMessage, Loading } from '../ui/messages';
import { WaitTime } from '../ui/wait-time';
import { LiveConversationList } from './use-conversation-list';

interface ConversationTableProps {
  title: string;
  empty: string;
  source: LiveConversationList;
  /** The authoritative count (from the queue summary), when known. */
  total?: number;
  clock: 'waitingSince' | 'assignedAt';
  showQueue?: boolean;
  /** Also the last transfer's note (an agent reads the note left for it). */
  showLastNote?: boolean;
  linkHistory: boolean;
  actions: (conversation: Conversation, describedBy: string) => ReactNode;
}

export function ConversationTable({ title, empty, source, total, clock, showQueue, showLastNote, linkHistory, actions }: ConversationTableProps) {
  const { t, number } = useI18n();
  const id = useId();
  const { list } = source;
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-list={clock === 'waitingSince' ? 'queued' : 'assigned'}>
      <div className="panel-title">
        <h2 id={`${id}-title`}>{title}</h2>
        {list && total !== undefined && <span className="muted">{t('showingCount', { shown: number(list.items.length), total: number(Math.max(total, list.items.length)) })}</span>}
      </div>
      <ErrorMessage error={source.error} onRetry={source.reload} />
      {!list && !source.error && <Loading />}
      {list && list.items.length === 0 && <p className="empty">{empty}</p>}
      {list && list.items.length > 0 && (
        <table className="conversations">
          <thead>
            <tr>
              <th scope="col">{t('colConversation')}</th>
              {showQueue && <th scope="col">{t('colQueue')}</th>}
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colAssignee')}</th>
              <th scope="col">{clock === 'waitingSince' ? t('colWaiting') : t('colSince')}</th>
              <th scope="col">{t('colTransfers')}</th>
              <th scope="col">{t('colLastReason')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((conversation) => {
              const labelId = `${id}-${conversation.id}`;
              return (
                <tr key={conversation.id} data-conversation={conversation.id}>
                  <th scope="row" id={labelId}>
                    {linkHistory ? <a href={hrefOf({ screen: 'history', param: conversation.id })}>{conversationLabel(conversation)}</a> : conversationLabel(conversation)}
                    <span className="muted small block">{conversation.channel}</span>
                  </th>
                  {showQueue && <td>{conversation.queueId}</td>}
                  <td>
                    <ConversationStatusBadge status={conversation.status} />
                  </td>
                  <td data-field="assignee">{conversation.assignee?.name ?? t('none')}</td>
                  <td>
                    <WaitTime since={clock === 'waitingSince' ? conversation.waitingSince : conversation.assignedAt} />
                  </td>
                  <td data-field="transfers">{conversation.transferCount}</td>
                  <td data-field="last-reason">
                    {conversation.lastTransfer?.reasonName ?? t('none')}
                    {showLastNote && conversation.lastTransfer?.note && <span className="note-text block small">{conversation.lastTransfer.note}</span>}
                  </td>
                  <td className="row-actions">{actions(conversation, labelId)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list?.hasNextPage && (
        <button type="button" className="secondary load-more" disabled={source.loadingMore} onClick={() => void source.loadMore()}>
          {source.loadingMore ? t('loading') : t('loadMore')}
        </button>
      )}
    </section>
  );
}
