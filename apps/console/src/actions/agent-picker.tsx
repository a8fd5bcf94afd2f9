import { useId, useState } from 'react';
import { Agent, AgentStatus } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { AgentStatusBadge } from '../ui/badges';

const STATUS_ORDER: Record<AgentStatus, number> = { ONLINE: 0, AWAY: 1, OFFLINE: 2 };

/** Online first, then the least loaded. */
function byAvailability(a: Agent, b: Agent): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.activeConversations - b.activeConversations || a.name.localeCompare(b.name);
}

interface AgentPickerProps {
  agents: Agent[];
  queueId: string;
  excludeId?: string;
  value: string | null;
  onChange: (agentId: string) => void;
}

/** Radio buttons, one per active agent, each with its status and current load. */
export function AgentPicker({ agents, queueId, excludeId, value, onChange }: AgentPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const candidates = agents.filter((agent) => agent.active && agent.id !== excludeId);
  const inQueue = candidates.filter((agent) => agent.queueIds.includes(queueId));
  const [allQueues, setAllQueues] = useState(inQueue.length === 0);
  const shown = (allQueues ? candidates : inQueue).sort(byAvailability);
  return (
    <fieldset className="field agent-picker">
      <legend>{t('agentPicker')}</legend>
      {shown.length === 0 ? (
        <p className="muted">{t('agentPickerEmpty')}</p>
      ) : (
        <ul className="choices">
          {shown.map((agent) => (
            <li key={agent.id}>
              <label className="choice">
                <input type="radio" name={`${id}-agent`} value={agent.id} checked={value === agent.id} onChange={() => onChange(agent.id)} />
                <span className="choice-name">{agent.name}</span>
                <AgentStatusBadge status={agent.status} />
                <span className="load">{t('agentLoad', { count: agent.activeConversations })}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <label className="checkbox all-queues">
        <input type="checkbox" checked={allQueues} onChange={(event) => setAllQueues(event.target.checked)} />
        {t('agentPickerAllQueues')}
      </label>
    </fieldset>
  );
}
