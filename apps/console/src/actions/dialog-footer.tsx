import { useI18n } from '../i18n/i18n';

export function DialogFooter({ submitLabel, disabled, busy, onCancel }: { submitLabel: string; disabled: boolean; busy: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <footer className="dialog-footer">
      <button type="button" className="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button type="submit" disabled={disabled || busy} aria-disabled={disabled || busy}>
        {busy ? t('working') : submitLabel}
      </button>
    </footer>
  );
}
