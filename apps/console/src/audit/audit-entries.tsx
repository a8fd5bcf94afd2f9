import type { AuditLogEntryFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { AuditDetails, eventLabel } from '../detail/audit-details';
import { hrefOf } from '../shell/routes';
import { conversationOfStream, shortHash } from './audit-filter';

export type AuditLogEntry = AuditLogEntryFieldsFragment;

/** A hash at a glance (its start), in full on hover and when expanded, with the hash it chains to. */
export function HashCell({ entry }: { entry: Pick<AuditLogEntry, 'hash' | 'previousHash'> }) {
  const { t } = useI18n();
  if (!entry.hash) return <span className="muted small">{t('auditUnhashed')}</span>;
  return (
    <details className="hash">
      <summary title={entry.hash}>
        <code data-field="hash">{shortHash(entry.hash)}</code>
        <span className="sr-only"> {t('auditShowHash')}</span>
      </summary>
      <dl className="hash-full">
        <dt>{t('auditHash')}</dt>
        <dd>
          <code>{entry.hash}</code>
        </dd>
        <dt>{t('auditPreviousHash')}</dt>
        <dd>{entry.previousHash ? <code>{entry.previousHash}</code> : t('auditFirstOfStream')}</dd>
      </dl>
    </details>
  );
}

export function AuditEntries({ entries }: { entries: AuditLogEntry[] }) {
  const { t, dateTime } = useI18n();
  const nameOf = (agentId: string) => agentId;
  return (
    <div className="table-scroll">
      <table className="history audit-log">
        <thead>
          <tr>
            {(['colWhen', 'colWhat', 'colWho', 'auditStream', 'colDetails', 'auditHash'] as const).map((key) => (
              <th scope="col" key={key}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const conversation = conversationOfStream(entry.stream);
            return (
              <tr key={entry.eventId} data-event={entry.type} data-event-id={entry.eventId} data-position={entry.position}>
                <td>
                  <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                </td>
                <th scope="row">
                  {eventLabel(entry.type, t)}
                  {eventLabel(entry.type, t) !== entry.type && <span className="block muted small">{entry.type}</span>}
                </th>
                <td>
                  {entry.actor.id} <span className="muted small">({entry.actor.role})</span>
                </td>
                <td>
                  {conversation ? <a href={hrefOf({ screen: 'history', param: conversation })}>{entry.stream}</a> : entry.stream}
                  <span className="block muted small">{t('auditVersion', { version: entry.streamVersion })}</span>
                </td>
                <td>
                  <AuditDetails entry={entry} nameOf={nameOf} t={t} />
                  <details>
                    <summary className="small">{t('auditRawData')}</summary>
                    <pre className="raw-data">{entry.data}</pre>
                  </details>
                  {entry.correlationId && <span className="block muted small">{t('auditCorrelationOf', { id: entry.correlationId })}</span>}
                </td>
                <td>
                  <HashCell entry={entry} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
