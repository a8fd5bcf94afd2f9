import { useId, useState } from 'react';
import type { TransferAnalyticsFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatSeconds } from '../ui/duration';
import { buildFlowMatrix, heatOf } from './flow-matrix';

export type TransferAnalytics = TransferAnalyticsFieldsFragment;

/** The heat's colour: the accent at the cell's heat; white figures on the darker cells. */
const heatStyle = (heat: number) => (heat === 0 ? undefined : { background: `rgba(36, 87, 214, ${heat.toFixed(2)})`, color: heat > 0.55 ? '#fff' : undefined });

/** Headline figures, then who transfers to whom (rows: from, columns: to) for one reason or all, as a heat map. */
export function TransferFlow({ analytics }: { analytics: TransferAnalytics }) {
  const { t } = useI18n();
  const id = useId();
  const [reasonId, setReasonId] = useState<string>('');
  const matrix = buildFlowMatrix(analytics.flows, reasonId || null);
  const reasonName = analytics.byReason.find((entry) => entry.reason.id === reasonId)?.reason.name ?? t('flowAllReasons');
  const reply = analytics.avgFirstReplyAfterTransferSeconds;
  const figures = [
    ['flowTransfers', analytics.transfers, 'transfers'],
    ['flowConversations', analytics.conversations, 'conversations'],
    ['flowRetransfers', analytics.retransfers, 'retransfers'],
    ['flowPingPong', analytics.returnsToPreviousHolder, 'ping-pong'],
    ['flowFirstReply', reply === null ? t('none') : formatSeconds(reply), 'first-reply'],
  ] as const;
  return (
    <>
      <dl className="headline">
        {figures.map(([label, value, field]) => (
          <div key={field}>
            <dt>{t(label)}</dt>
            <dd data-field={field}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="field inline-field">
        <label htmlFor={`${id}-reason`}>{t('flowReason')}</label>
        <select id={`${id}-reason`} value={reasonId} onChange={(event) => setReasonId(event.target.value)}>
          <option value="">{t('flowAllReasonsCount', { count: analytics.transfers })}</option>
          {analytics.byReason.map((entry) => (
            <option key={entry.reason.id} value={entry.reason.id}>
              {`${entry.reason.name} (${entry.count})`}
            </option>
          ))}
        </select>
      </div>
      {matrix.total === 0 ? (
        <p className="empty">{t('flowEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="flow-matrix" data-reason={reasonId || 'all'}>
            <caption>{t('flowCaption', { reason: reasonName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('flowFromTo')}</th>
                {matrix.columns.map((column) => (
                  <th scope="col" key={column.id}>
                    {column.name}
                  </th>
                ))}
                <th scope="col">{t('flowTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row, rowIndex) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  {matrix.columns.map((column, columnIndex) => {
                    const count = matrix.cells[rowIndex][columnIndex];
                    return (
                      <td key={column.id} className="number heat" style={heatStyle(heatOf(count, matrix.max))} data-flow={`${row.id}>${column.id}`} title={t('flowCell', { from: row.name, to: column.name, count })}>
                        {count || ''}
                      </td>
                    );
                  })}
                  <td className="number total">{matrix.rowTotals[rowIndex]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('flowTotal')}</th>
                {matrix.columnTotals.map((count, index) => (
                  <td key={matrix.columns[index].id} className="number total">
                    {count}
                  </td>
                ))}
                <td className="number total">{matrix.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
