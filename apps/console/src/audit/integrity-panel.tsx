import { useState } from 'react';
import { VERIFY_INTEGRITY } from '../api/audit-operations';
import { useApi } from '../auth/session-context';
import type { IntegrityReportFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { eventLabel } from '../detail/audit-details';
import { ErrorMessage } from '../ui/messages';
import { HashCell } from './audit-entries';

/** "Verify": recomputes the hash chains of the conversation in the search, or of the whole tenant, and says how it went. */
export function IntegrityPanel({ conversationId }: { conversationId?: string }) {
  const { t, dateTime } = useI18n();
  const { request } = useApi();
  const [report, setReport] = useState<IntegrityReportFieldsFragment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport((await request(VERIFY_INTEGRITY, { conversationId: conversationId ?? null })).verifyIntegrity);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const broken = report?.firstBroken;
  return (
    <section className="panel" aria-labelledby="integrity-title" data-section="integrity">
      <h2 id="integrity-title">{t('integrityTitle')}</h2>
      <p className="hint">{conversationId ? t('integrityScopeConversation', { id: conversationId }) : t('integrityScopeTenant')}</p>
      <button type="button" onClick={() => void verify()} disabled={busy} aria-busy={busy}>
        {t('integrityVerify')}
      </button>
      <ErrorMessage error={error} />
      <div role="status" data-field="integrity-report">
        {report && (
          <>
            <p className={report.ok ? 'integrity-ok' : 'error'}>
              <strong>{report.ok ? t('integrityOk') : t('integrityBroken')}</strong>
            </p>
            <dl className="summary">
              <dt>{t('integrityStreams')}</dt>
              <dd data-field="streams">{report.streams}</dd>
              <dt>{t('integrityEvents')}</dt>
              <dd data-field="events">{report.events}</dd>
              <dt>{t('integrityUnhashed')}</dt>
              <dd data-field="unhashed">{report.unhashed}</dd>
              <dt>{t('integrityCheckedAt')}</dt>
              <dd>{dateTime(report.checkedAt)}</dd>
              {broken && (
                <>
                  <dt>{t('integrityFirstBroken')}</dt>
                  <dd data-field="first-broken">
                    {t('integrityBrokenEntry', { type: eventLabel(broken.type, t), stream: broken.stream, version: broken.streamVersion, at: dateTime(broken.at) })}
                    <HashCell entry={broken} />
                  </dd>
                </>
              )}
            </dl>
          </>
        )}
      </div>
    </section>
  );
}
