import { AgentStatus, ConversationStatus } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function ConversationStatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`status${status}`)}</span>;
}

export function AgentStatusBadge({ status, active = true }: { status: AgentStatus; active?: boolean }) {
  const { t } = useI18n();
  if (!active) return <span className="badge badge-inactive">{t('agentInactive')}</span>;
  return (
    <span className={`agent-status agent-${status.toLowerCase()}`}>
      <span className="dot" aria-hidden="true" />
      {t(`agent${status}`)}
    </span>
  );
}
