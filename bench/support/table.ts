import { Reported } from './scenario';

function formatNumber(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value.toFixed(1);
  if (unit === 'MB') return value.toFixed(0);
  return Math.round(value).toLocaleString('en-US');
}

function formatTarget(figure: Reported): string {
  const target = figure.target;
  if (!target) return '';
  const sign = target.bound === 'max' ? '<' : '≥';
  return target.on === 'ratio' ? `${sign} ${target.limit}× baseline` : `${sign} ${target.limit} ${figure.unit}`;
}

const MET = { true: 'yes', false: '**no**', null: '' } as const;

/** The results as one Markdown table (README-ready). */
export function renderTable(figures: readonly Reported[]): string {
  const header = ['scenario', 'figure', 'median', 'unit', 'runs', 'baseline', 'ratio', 'target', 'met'];
  const rows = figures.map((f) => [
    f.scenario,
    f.figure,
    formatNumber(f.value, f.unit),
    f.unit,
    String(f.runs),
    f.baseline ? `${f.baseline.name} = ${formatNumber(f.baseline.value, f.unit)}` : '',
    f.ratio === null ? '' : `${f.ratio < 0.1 ? f.ratio.toFixed(3) : f.ratio.toFixed(2)}×`,
    formatTarget(f),
    MET[String(f.met) as keyof typeof MET],
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
