import { useId, useState } from 'react';
import { useApi } from '../auth/session-context';
import { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ExportRefused, downloadExport } from './export-download';
import { EXPORT_FORMATS, EXPORT_KINDS, ExportFormat, ExportKind, GRANULARITIES, Granularity } from './export-request';
import { Range } from './range';

const KIND_LABEL: Record<ExportKind, MessageKey> = { transfers: 'exportTransfers', 'agent-performance': 'exportAgentPerformance', 'queue-performance': 'exportQueuePerformance' };

/** Download buttons for the streamed exports over the screen's range, as CSV or NDJSON. */
export function ExportPanel({ range }: { range: Range }) {
  const { t } = useI18n();
  const { session } = useApi();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [granularity, setGranularity] = useState<Granularity>('hour');
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const download = async (kind: ExportKind) => {
    setBusy(kind);
    setOutcome(null);
    try {
      const name = await downloadExport(session.token, { kind, format, granularity, from: range.from, to: range.to });
      setOutcome({ ok: true, text: t('exportSaved', { name }) });
    } catch (failure) {
      setOutcome({ ok: false, text: failure instanceof ExportRefused ? t('exportRefused', { message: failure.message }) : t('errNetwork') });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-section="exports">
      <h2 id={`${id}-title`}>{t('exportTitle')}</h2>
      <p className="hint">{t('exportHelp')}</p>
      <div className="export-row">
        <fieldset className="field">
          <legend>{t('exportFormat')}</legend>
          <div className="checkbox-row">
            {EXPORT_FORMATS.map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name={`${id}-format`} value={value} checked={format === value} onChange={() => setFormat(value)} />
                {value.toUpperCase()}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-granularity`}>{t('exportGranularity')}</label>
          <select id={`${id}-granularity`} value={granularity} onChange={(event) => setGranularity(event.target.value as Granularity)}>
            {GRANULARITIES.map((value) => (
              <option key={value} value={value}>
                {t(value === 'hour' ? 'exportByHour' : 'exportByDay')}
              </option>
            ))}
          </select>
        </div>
        <div className="presets">
          {EXPORT_KINDS.map((kind) => (
            <button key={kind} type="button" className="secondary" disabled={busy !== null} aria-busy={busy === kind} data-export={kind} onClick={() => void download(kind)}>
              {t(KIND_LABEL[kind])}
            </button>
          ))}
        </div>
      </div>
      <p role="status" className="muted" data-field="export-saved">
        {outcome?.ok && outcome.text}
      </p>
      {outcome && !outcome.ok && (
        <p role="alert" className="error" data-field="export-refused">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
