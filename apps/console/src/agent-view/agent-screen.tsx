import { useState } from 'react';
import { ActionDialogHost, ActionKind, PendingAction } from '../actions/action-dialog';
import { Conversation } from '../api/types';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { ConversationTable } from '../queues/conversation-table';
import { useLiveAgents } from '../queues/use-agents';
import { useConversationList } from '../queues/use-conversation-list';
import { Announcement, useAnnouncement } from '../ui/announcer';
import { conversationLabel } from '../ui/conversation-label';
import { ErrorMessage, Loading } from '../ui/messages';
import { OfferCards } from '../routing/offer-cards';
import { useMyOffers } from '../routing/use-offers';
import { MyStatus } from './my-status';
import { TransferNotifications } from './transfer-notifications';
import { useTake } from './use-take';
import { useTransferNotifications } from './use-transfer-notifications';

/** An agent's own work: what is assigned to it, what waits in its queues, and transfers it receives. */
export function AgentScreen() {
  const { t } = useI18n();
  const { session } = useApi();
  const me = session.userId;
  const agents = useLiveAgents();
  const myAgent = agents.data?.find((agent) => agent.id === me);
  const mine = useConversationList({ status: 'ASSIGNED', assigneeId: me });
  const notifications = useTransferNotifications(me);
  const offers = useMyOffers(me);
  const [action, setAction] = useState<PendingAction | null>(null);
  const [announcement, announce] = useAnnouncement();
  const labelOf = (conversationId: string) => {
    const known = mine.list?.items.find((conversation) => conversation.id === conversationId);
    return known ? conversationLabel(known) : conversationLabel({ id: conversationId, contact: null });
  };
  const button = (kind: ActionKind, label: string) => (conversation: Conversation, describedBy: string) => (
    <button type="button" className="small-button" aria-describedby={describedBy} onClick={() => setAction({ kind, conversation })}>
      {label}
    </button>
  );

  return (
    <main id="main" tabIndex={-1} data-ready={!!agents.data && !!mine.list}>
      <div className="title-row">
        <h1>{t('myWorkTitle')}</h1>
        {myAgent && <MyStatus agent={myAgent} />}
      </div>
      <ErrorMessage error={agents.error} onRetry={agents.reload} />
      {!agents.data && !agents.error && <Loading />}
      {agents.data && !myAgent && <p className="error">{t('notAnAgent', { user: me })}</p>}
      <OfferCards
        offers={offers.data ?? []}
        onDone={(conversation, message) => {
          offers.update((list) => list.filter((offer) => offer.id !== conversation.id));
          mine.show(conversation);
          announce(message);
        }}
      />
      <TransferNotifications transfers={notifications.transfers} labelOf={labelOf} onDismiss={notifications.dismiss} />
      <ConversationTable
        title={t('myAssigned')}
        empty={t('myAssignedEmpty')}
        source={mine}
        clock="assignedAt"
        showQueue
        showLastNote
        linkHistory={false}
        actions={(conversation, describedBy) => (
          <>
            {button('transfer', t('actionTransfer'))(conversation, describedBy)}
            {button('unassign', t('actionUnassign'))(conversation, describedBy)}
          </>
        )}
      />
      {myAgent?.queueIds.map((queueId) => <MyQueue key={queueId} queueId={queueId} onTaken={(conversation) => mine.show(conversation)} />)}
      <ActionDialogHost
        action={action}
        agents={agents.data ?? []}
        onClose={() => setAction(null)}
        onDone={(conversation, message) => {
          setAction(null);
          mine.show(conversation);
          announce(message);
        }}
      />
      <Announcement message={announcement} />
    </main>
  );
}

function MyQueue({ queueId, onTaken }: { queueId: string; onTaken: (conversation: Conversation) => void }) {
  const { t } = useI18n();
  const waiting = useConversationList({ status: 'QUEUED', queueId });
  const { take, busyId, error } = useTake((conversation) => {
    waiting.show(conversation);
    onTaken(conversation);
  });
  return (
    <>
      <ErrorMessage error={error} />
      <ConversationTable
        title={`${t('myQueuesWaiting')} · ${queueId}`}
        empty={t('myQueuesEmpty')}
        source={waiting}
        clock="waitingSince"
        linkHistory={false}
        actions={(conversation, describedBy) => (
          <button type="button" className="small-button" aria-describedby={describedBy} disabled={busyId === conversation.id} onClick={() => void take(conversation)}>
            {t('actionTake')}
          </button>
        )}
      />
    </>
  );
}
