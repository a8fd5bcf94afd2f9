import { Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** After a conflict: what the conversation looks like now, and whether this dialog's action still applies. */
export function CurrentState({ conversation, actionable }: { conversation: Conversation; actionable: boolean }) {
  const { t } = useI18n();
  return (
    <div className="current-state" data-testid="current-state">
      <p>
        {t('currentState', {
          status: t(`status${conversation.status}`),
          assignee: conversation.assignee?.name ?? t('none'),
          version: conversation.version,
        })}
      </p>
      {!actionable && <p className="error">{t('notActionable')}</p>}
    </div>
  );
}
