import { ReactNode, useId } from 'react';
import { Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../shell/routes';
import { ConversationStatusBadge } from '../ui/badges';
import { conversationLabel } from '../ui/conversation-label';
import { WaitTime } from '../ui/wait-time';
import { Countdown } from './countdown-timer';
import { useQueueOffers } from './use-offers';

/** The queue's OFFERED conversations: to whom, and how long the agent has left to accept. Hidden while there are none. */
export function OfferedTable({ queueId, actions }: { queueId: string; actions: (conversation: Conversation, describedBy: string) => ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const offers = useQueueOffers(queueId);
  const items = offers.data ?? [];
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-list="offered" hidden={items.length === 0}>
      <div className="panel-title">
        <h2 id={`${id}-title`}>{t('offeredList', { queue: queueId })}</h2>
      </div>
      <table className="conversations">
        <thead>
          <tr>
            <th scope="col">{t('colConversation')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colOfferedTo')}</th>
            <th scope="col">{t('colExpiresIn')}</th>
            <th scope="col">{t('colWaiting')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((conversation) => (
            <tr key={conversation.id} data-conversation={conversation.id}>
              <th scope="row" id={`${id}-${conversation.id}`}>
                <a href={hrefOf({ screen: 'history', param: conversation.id })}>{conversationLabel(conversation)}</a>
                <span className="muted small block">{conversation.channel}</span>
              </th>
              <td>
                <ConversationStatusBadge status={conversation.status} />
              </td>
              <td data-field="offered-to">{conversation.offer?.agent.name ?? t('none')}</td>
              <td>{conversation.offer && <Countdown expiresAt={conversation.offer.expiresAt} />}</td>
              <td>
                <WaitTime since={conversation.waitingSince} />
              </td>
              <td className="row-actions">{actions(conversation, `${id}-${conversation.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
