import { ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

/** Where focus goes when the dialog opens, in order of preference: a field before the header's close button. */
const INITIAL_FOCUS = ['[data-autofocus]', 'input:not([disabled])', 'select:not([disabled])', 'textarea:not([disabled])', 'form button:not([disabled])', 'button:not([disabled])'];

/**
 * A modal dialog on the native <dialog> element: showModal makes the page behind it inert, Escape closes it,
 * focus moves to the first field and returns to the button that opened it.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = INITIAL_FOCUS.map((selector) => dialog.querySelector<HTMLElement>(selector)).find((element) => element !== null);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
