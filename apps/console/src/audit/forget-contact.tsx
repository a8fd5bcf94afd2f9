import { FormEvent, useId, useState } from 'react';
import { FORGET_CONTACT } from '../api/audit-operations';
import { useApi } from '../auth/session-context';
import type { ForgetContactMutation } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../ui/dialog';
import { ErrorMessage } from '../ui/messages';

type ErasureReport = ForgetContactMutation['forgetContact'];

/** ADMIN: erases a contact's personal data for good, after a confirmation that says it cannot be undone. */
export function ForgetContact() {
  const { t, dateTime } = useI18n();
  const { request } = useApi();
  const id = useId();
  const [contactId, setContactId] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ErasureReport | null>(null);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (contactId.trim()) setConfirming(contactId.trim());
  };
  const forget = async (target: string) => {
    setBusy(true);
    setError(null);
    try {
      setReport((await request(FORGET_CONTACT, { contactId: target })).forgetContact);
      setContactId('');
      setConfirming(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel danger-zone" aria-labelledby={`${id}-title`} data-section="forget-contact">
      <h2 id={`${id}-title`}>{t('forgetTitle')}</h2>
      <p className="hint">{t('forgetHelp')}</p>
      <form className="inline-form" onSubmit={ask}>
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t('forgetContactId')}</label>
          <input id={`${id}-contact`} value={contactId} spellCheck={false} onChange={(event) => setContactId(event.target.value)} />
        </div>
        <button type="submit" className="danger" disabled={!contactId.trim()}>
          {t('forgetButton')}
        </button>
      </form>
      <div role="status" data-field="erasure-report">
        {report && (
          <p className="integrity-ok">{t('forgetDone', { contact: report.contactId, conversations: report.conversations, at: dateTime(report.erasedAt) })}</p>
        )}
      </div>
      {confirming && (
        <Dialog title={t('forgetConfirmTitle', { contact: confirming })} onClose={() => setConfirming(null)}>
          <p className="error" role="alert">
            {t('forgetConfirmText')}
          </p>
          <ErrorMessage error={error} />
          <div className="dialog-footer">
            <button type="button" className="secondary" data-autofocus onClick={() => setConfirming(null)}>
              {t('cancel')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void forget(confirming)}>
              {t('forgetConfirmButton')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
