import { useCallback, useEffect, useState } from 'react';
import { AUDIT_LOG } from '../api/audit-operations';
import { hasRole } from '../auth/session';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/messages';
import { AuditEntries, AuditLogEntry } from './audit-entries';
import { AUDIT_PAGE_SIZE, AuditFilterVariables } from './audit-filter';
import { AuditSearchForm } from './audit-search-form';
import { ForgetContact } from './forget-contact';
import { IntegrityPanel } from './integrity-panel';

interface Results {
  entries: AuditLogEntry[];
  endCursor: string | null;
  hasMore: boolean;
}

/** The whole log searched by who, what and when (auditLog), newest first, a page at a time; integrity; erasure. */
export function AuditScreen() {
  const { t } = useI18n();
  const { request, session } = useApi();
  const [filter, setFilter] = useState<AuditFilterVariables>({});
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);

  const page = useCallback(
    async (after: string | null): Promise<Results> => {
      const { auditLog } = await request(AUDIT_LOG, { filter, first: AUDIT_PAGE_SIZE, after });
      return { entries: auditLog.nodes, endCursor: auditLog.pageInfo.endCursor ?? null, hasMore: auditLog.pageInfo.hasNextPage };
    },
    [request, filter],
  );

  useEffect(() => {
    let cancelled = false;
    setResults(null);
    setError(null);
    page(null).then(
      (first) => !cancelled && setResults(first),
      (failure) => !cancelled && setError(failure),
    );
    return () => {
      cancelled = true;
    };
  }, [page, generation]);

  const more = async () => {
    if (!results?.endCursor) return;
    setLoadingMore(true);
    try {
      const next = await page(results.endCursor);
      setResults({ ...next, entries: [...results.entries, ...next.entries] });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingMore(false);
    }
  };
  const search = (next: AuditFilterVariables) => {
    setFilter(next);
    setGeneration((value) => value + 1);
  };

  return (
    <main id="main" tabIndex={-1} data-ready={results !== null}>
      <h1>{t('auditTitle')}</h1>
      <AuditSearchForm onSearch={search} />
      <IntegrityPanel conversationId={filter.conversationId} />
      <section className="panel" aria-labelledby="audit-results" aria-busy={results === null && !error} data-section="audit-results">
        <h2 id="audit-results">{t('auditResults')}</h2>
        <ErrorMessage error={error} onRetry={() => setGeneration((value) => value + 1)} />
        {!results && !error && <Loading />}
        {results && (results.entries.length === 0 ? <p className="empty">{t('auditEmpty')}</p> : <AuditEntries entries={results.entries} />)}
        {results && (
          <p className="muted" role="status" data-field="audit-shown">
            {t('auditShown', { count: results.entries.length })}
          </p>
        )}
        {results?.hasMore && (
          <button type="button" className="secondary" disabled={loadingMore} aria-busy={loadingMore} onClick={() => void more()}>
            {t('loadMore')}
          </button>
        )}
      </section>
      {hasRole(session, 'ADMIN') && <ForgetContact />}
    </main>
  );
}
