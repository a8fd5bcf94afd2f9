import { Agent } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { AgentStatusBadge } from '../ui/badges';
import { AgentLoadFigures } from '../routing/agent-load';
import { AgentLoad } from '../routing/types';

/** Agents with status and current load; those of the selected queue first. */
interface AgentsPanelProps {
  agents: Agent[];
  queueId?: string;
  /** Load against capacity and idle time, when the api has them. */
  loads?: AgentLoad[];
  onEditCapacity?: (load: AgentLoad) => void;
}

export function AgentsPanel({ agents, queueId, loads, onEditCapacity }: AgentsPanelProps) {
  const { t } = useI18n();
  const sorted = [...agents].sort((a, b) => Number(!!queueId && b.queueIds.includes(queueId)) - Number(!!queueId && a.queueIds.includes(queueId)));
  return (
    <section className="panel agents-panel" aria-labelledby="agents-title">
      <h2 id="agents-title">{t('agentsTitle')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('agentsEmpty')}</p>
      ) : (
        <ul className="agent-list">
          {sorted.map((agent) => (
            <li key={agent.id} data-agent={agent.id} className={queueId && !agent.queueIds.includes(queueId) ? 'other-queue' : undefined}>
              <span className="agent-name">{agent.name}</span>
              <AgentStatusBadge status={agent.status} active={agent.active} />
              <span className="load" data-stat="load">
                {t('agentLoad', { count: agent.activeConversations })}
              </span>
              {loads?.filter((load) => load.id === agent.id).map((load) => (
                <AgentLoadFigures key={load.id} load={load} onEdit={onEditCapacity && (() => onEditCapacity(load))} />
              ))}
              <span className="muted small">{t('agentQueues', { queues: agent.queueIds.join(', ') })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
