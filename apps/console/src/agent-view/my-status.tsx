import { useId, useState } from 'react';
import { SET_AGENT_STATUS } from '../api/operations';
import { Agent, AGENT_STATUSES, AgentStatus } from '../api/types';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/messages';

export function MyStatus({ agent }: { agent: Agent }) {
  const { t } = useI18n();
  const { request } = useApi();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const change = async (status: AgentStatus) => {
    setError(null);
    try {
      await request(SET_AGENT_STATUS, { agentId: agent.id, status });
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{t('myStatus')}</label>
      <select id={id} value={agent.status} onChange={(event) => void change(event.target.value as AgentStatus)}>
        {AGENT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`agent${status}`)}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} />
    </div>
  );
}
