import { useI18n } from '../i18n/i18n';
import { WaitTime } from '../ui/wait-time';
import { atCapacity, loadLabel } from './load';
import { AgentLoad } from './types';

/** "Load 2 / 3" (offered and assigned against the limit), how long the agent has been idle, and the capacity editor's button. */
export function AgentLoadFigures({ load, onEdit }: { load: AgentLoad; onEdit?: () => void }) {
  const { t } = useI18n();
  const detail = t('agentLoadDetail', { active: load.activeConversations, offers: load.pendingOffers, max: load.maxConversations ?? t('unlimited') });
  return (
    <span className="agent-routing">
      <span className={atCapacity(load) ? 'capacity at-capacity' : 'capacity'} title={detail}>
        {t('agentCapacityLabel')} <span data-stat="capacity">{loadLabel(load)}</span>
        <span className="sr-only"> ({detail})</span>
      </span>
      {load.idleSince && (
        <span className="muted small" data-stat="idle">
          {t('agentIdle')}{' '}
          <WaitTime since={load.idleSince} />
        </span>
      )}
      {onEdit && (
        <button type="button" className="small-button secondary" aria-label={t('capacityEditLabel', { agent: load.name })} onClick={onEdit}>
          {t('capacityEdit')}
        </button>
      )}
    </span>
  );
}
