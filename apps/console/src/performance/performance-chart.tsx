import { AgentPerformance } from '../api/types';
import { useI18n } from '../i18n/i18n';

const BAR_HEIGHT = 14;
const ROW_GAP = 10;
const LABEL_WIDTH = 140;
const CHART_WIDTH = 640;
const VALUE_GAP = 6;

/** Horizontal bars per agent: assignments and transfers out, on one scale. Plain SVG, described for screen readers. */
export function PerformanceChart({ rows }: { rows: AgentPerformance[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...rows.flatMap((row) => [row.assignments, row.transfersOut]));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 40;
  const rowHeight = BAR_HEIGHT * 2 + ROW_GAP;
  const height = rows.length * rowHeight + 30;
  const width = (value: number) => Math.max(value > 0 ? 2 : 0, (value / max) * barSpace);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-labelledby="chart-title" width="100%">
        <title id="chart-title">{t('chartTitle')}</title>
        {rows.map((row, index) => {
          const y = index * rowHeight;
          return (
            <g key={row.agent.id} transform={`translate(0 ${y})`}>
              <text x={LABEL_WIDTH - 8} y={BAR_HEIGHT + 4} textAnchor="end" className="chart-label">
                {row.agent.name}
              </text>
              <rect x={LABEL_WIDTH} y={0} width={width(row.assignments)} height={BAR_HEIGHT} className="bar-assignments" rx={2} />
              <text x={LABEL_WIDTH + width(row.assignments) + VALUE_GAP} y={BAR_HEIGHT - 3} className="chart-value">
                {row.assignments}
              </text>
              <rect x={LABEL_WIDTH} y={BAR_HEIGHT} width={width(row.transfersOut)} height={BAR_HEIGHT} className="bar-transfers" rx={2} />
              <text x={LABEL_WIDTH + width(row.transfersOut) + VALUE_GAP} y={BAR_HEIGHT * 2 - 3} className="chart-value">
                {row.transfersOut}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span>
          <span className="swatch bar-assignments" aria-hidden="true" /> {t('colAssignments')}
        </span>
        <span>
          <span className="swatch bar-transfers" aria-hidden="true" /> {t('colTransfersOut')}
        </span>
      </figcaption>
    </figure>
  );
}
