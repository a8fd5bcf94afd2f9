import { FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { AGENT_PERFORMANCE } from '../api/operations';
import { AgentPerformance } from '../api/types';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { formatSeconds } from '../ui/duration';
import { ErrorMessage, Loading } from '../ui/messages';
import { AnalystPanels } from './analyst-panels';
import { PerformanceChart } from './performance-chart';
import { fromLocalInput, lastDays, Range, today, toLocalInput } from './range';

const DAYS_WEEK = 7;
const DAYS_MONTH = 30;

/** Per agent over a chosen range: assignments, transfers in and out, handle and wait times, transfer rate, reasons. */
export function PerformanceScreen() {
  const { t, number } = useI18n();
  const { request } = useApi();
  const id = useId();
  const [range, setRange] = useState<Range>(() => lastDays(DAYS_WEEK));
  const [fromText, setFromText] = useState(toLocalInput(range.from));
  const [toText, setToText] = useState(toLocalInput(range.to));
  const [rows, setRows] = useState<AgentPerformance[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const show = useCallback((next: Range) => {
    setRange(next);
    setFromText(toLocalInput(next.from));
    setToText(toLocalInput(next.to));
  }, []);
  useEffect(() => {
    let cancelled = false;
    setRows(null);
    setError(null);
    request(AGENT_PERFORMANCE, { from: range.from.toISOString(), to: range.to.toISOString() })
      .then((data) => !cancelled && setRows(data.agentPerformance))
      .catch((failure) => !cancelled && setError(failure));
    return () => {
      cancelled = true;
    };
  }, [request, range]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const from = fromLocalInput(fromText);
    const to = fromLocalInput(toText);
    if (from && to) setRange({ from, to });
  };
  const seconds = (value: number | null) => (value === null ? t('none') : formatSeconds(value));
  const percent = (value: number | null) => (value === null ? t('none') : number(value, { style: 'percent', maximumFractionDigits: 1 }));

  return (
    <main id="main" tabIndex={-1} data-ready={!!rows}>
      <h1>{t('performanceTitle')}</h1>
      <form className="panel range-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('rangeFrom')}</label>
          <input id={`${id}-from`} type="datetime-local" value={fromText} required onChange={(event) => setFromText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('rangeTo')}</label>
          <input id={`${id}-to`} type="datetime-local" value={toText} required onChange={(event) => setToText(event.target.value)} />
        </div>
        <button type="submit">{t('rangeShow')}</button>
        <div className="presets">
          <button type="button" className="secondary" onClick={() => show(today())}>
            {t('rangeToday')}
          </button>
          <button type="button" className="secondary" onClick={() => show(lastDays(DAYS_WEEK))}>
            {t('range7')}
          </button>
          <button type="button" className="secondary" onClick={() => show(lastDays(DAYS_MONTH))}>
            {t('range30')}
          </button>
        </div>
        <p className="hint">{t('rangeNote')}</p>
      </form>
      <ErrorMessage error={error} />
      {!rows && !error && <Loading />}
      {rows?.length === 0 && <p className="empty">{t('perfEmpty')}</p>}
      {!!rows?.length && (
        <section className="panel" aria-labelledby="performance-table">
          <h2 id="performance-table" className="sr-only">
            {t('performanceTitle')}
          </h2>
          <PerformanceChart rows={rows} />
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('colAgent')}</th>
                  <th scope="col">{t('colAssignments')}</th>
                  <th scope="col">{t('colTransfersIn')}</th>
                  <th scope="col">{t('colTransfersOut')}</th>
                  <th scope="col">{t('colAvgHandle')}</th>
                  <th scope="col">{t('colAvgWait')}</th>
                  <th scope="col">{t('colTransferRate')}</th>
                  <th scope="col">{t('colByReason')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.agent.id} data-agent={row.agent.id}>
                    <th scope="row">{row.agent.name}</th>
                    <td className="number">{row.assignments}</td>
                    <td className="number">{row.transfersIn}</td>
                    <td className="number">{row.transfersOut}</td>
                    <td className="number">{seconds(row.avgHandleSeconds)}</td>
                    <td className="number">{seconds(row.avgWaitSeconds)}</td>
                    <td className="number">{percent(row.transferRate)}</td>
                    <td>{row.transfersOutByReason.map((entry) => `${entry.reason.name}: ${entry.count}`).join(', ') || t('none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <AnalystPanels range={range} />
    </main>
  );
}
