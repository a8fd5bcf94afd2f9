import { describeError } from '../api/errors';
import { useI18n } from '../i18n/i18n';

/** A refusal or failure, announced to screen readers as it appears. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <span>{describeError(error, t)}</span>
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}
