import { useEffect, useState } from 'react';
import { PendingAction, ActionDialogHost, ActionKind } from '../actions/action-dialog';
import { Agent, Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { navigate, replaceRoute } from '../shell/routes';
import { Announcement, useAnnouncement } from '../ui/announcer';
import { ErrorMessage, Loading } from '../ui/messages';
import { AgentsPanel } from './agents-panel';
import { ConversationTable } from './conversation-table';
import { QueueCards } from './queue-cards';
import { useLiveAgents } from './use-agents';
import { useConversationList } from './use-conversation-list';
import { useLiveQueues } from './use-queues';
import { CapacityDialog } from '../routing/capacity-dialog';
import { OfferedTable } from '../routing/offered-table';
import { AgentLoad } from '../routing/types';
import { useAgentLoads, useQueueRouting } from '../routing/use-routing-figures';
import { ReplayBoard } from '../replay/replay-board';
import { Replay } from '../replay/replay-clock';
import { ReplayControls } from '../replay/replay-controls';

/** The supervisor's board: every queue live, the selected queue's conversations, and the agents. */
export function QueueScreen({ queueParam }: { queueParam?: string }) {
  const { t } = useI18n();
  const queues = useLiveQueues();
  const agents = useLiveAgents();
  // Routing figures are extra: without them (an api without routing) the board shows what it always did.
  const routing = useQueueRouting();
  const loads = useAgentLoads();
  const [editing, setEditing] = useState<AgentLoad | null>(null);
  const [announcement, announce] = useAnnouncement();
  const [replay, setReplay] = useState<Replay>(null);
  const selected = queueParam ?? queues.data?.[0]?.queueId;

  useEffect(() => {
    if (!queueParam && selected) replaceRoute({ screen: 'queues', param: selected });
  }, [queueParam, selected]);

  const summary = queues.data?.find((queue) => queue.queueId === selected);
  const ready = !!queues.data && !!agents.data;
  return (
    <main id="main" tabIndex={-1} data-ready={ready}>
      <h1>{t('queuesTitle')}</h1>
      <ReplayControls replay={replay} onChange={setReplay} canGoLive />
      {replay ? (
        <ReplayBoard at={replay.at} selected={selected} />
      ) : (
        <>
          <ErrorMessage error={queues.error} onRetry={queues.reload} />
          {queues.data ? <QueueCards queues={queues.data} routing={routing.data ?? undefined} selected={selected} onSelect={(queueId) => navigate({ screen: 'queues', param: queueId })} /> : !queues.error && <Loading />}
        </>
      )}
      {/* The live lists are kept (hidden) while replaying, so "Live" brings them back at once and current. */}
      <div className="board" hidden={!!replay}>
        <div className="board-main">
          {selected && <QueueConversations key={selected} queueId={selected} queued={summary?.queued} assigned={summary?.assigned} agents={agents.data ?? []} announce={announce} />}
        </div>
        <aside className="board-side">
          <ErrorMessage error={agents.error} onRetry={agents.reload} />
          {agents.data && <AgentsPanel agents={agents.data} queueId={selected} loads={loads.data ?? undefined} onEditCapacity={setEditing} />}
        </aside>
      </div>
      {editing && (
        <CapacityDialog
          agent={editing}
          onClose={() => setEditing(null)}
          onDone={(agent, message) => {
            setEditing(null);
            loads.update((list) => [...list.filter((entry) => entry.id !== agent.id), agent]);
            announce(message);
          }}
        />
      )}
      <Announcement message={announcement} />
    </main>
  );
}

interface QueueConversationsProps {
  queueId: string;
  queued?: number;
  assigned?: number;
  agents: Agent[];
  announce: (message: string) => void;
}

function QueueConversations({ queueId, queued, assigned, agents, announce }: QueueConversationsProps) {
  const { t } = useI18n();
  const waitingList = useConversationList({ status: 'QUEUED', queueId });
  const assignedList = useConversationList({ status: 'ASSIGNED', queueId });
  const [action, setAction] = useState<PendingAction | null>(null);
  const onAction = (kind: ActionKind, conversation: Conversation) => setAction({ kind, conversation });
  const onDone = (conversation: Conversation, message: string) => {
    setAction(null);
    waitingList.show(conversation);
    assignedList.show(conversation);
    announce(message);
  };
  const button = (kind: ActionKind, label: string) => (conversation: Conversation, describedBy: string) => (
    <button type="button" className="small-button" aria-describedby={describedBy} onClick={() => onAction(kind, conversation)}>
      {label}
    </button>
  );
  return (
    <>
      <ConversationTable
        title={t('waitingList', { queue: queueId })}
        empty={t('listEmptyQueued')}
        source={waitingList}
        total={queued}
        clock="waitingSince"
        linkHistory
        actions={button('assign', t('actionAssign'))}
      />
      <OfferedTable queueId={queueId} actions={button('assign', t('actionAssign'))} />
      <ConversationTable
        title={t('assignedList', { queue: queueId })}
        empty={t('listEmptyAssigned')}
        source={assignedList}
        total={assigned}
        clock="assignedAt"
        linkHistory
        actions={(conversation, describedBy) => (
          <>
            {button('transfer', t('actionTransfer'))(conversation, describedBy)}
            {button('unassign', t('actionUnassign'))(conversation, describedBy)}
          </>
        )}
      />
      <ActionDialogHost action={action} agents={agents} onClose={() => setAction(null)} onDone={onDone} />
    </>
  );
}
