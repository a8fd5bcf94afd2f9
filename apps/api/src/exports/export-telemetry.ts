import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { HandoffMetrics } from '../metrics/handoff-metrics';

export type ExportOutcome = 'completed' | 'aborted' | 'failed';

/** Exports on /metrics: pages read (a client that leaves stops them), rows written, and how each export ended. */
@Injectable()
export class ExportTelemetry {
  private readonly pages: Counter<'export'>;
  private readonly rows: Counter<'export'>;
  private readonly outcomes: Counter<'export' | 'outcome'>;

  constructor(metrics: HandoffMetrics) {
    const registers = [metrics.registry];
    this.pages = new Counter({ name: 'handoff_export_pages_read_total', help: 'Pages read by streamed exports.', labelNames: ['export'], registers });
    this.rows = new Counter({ name: 'handoff_export_rows_total', help: 'Rows read by streamed exports.', labelNames: ['export'], registers });
    this.outcomes = new Counter({
      name: 'handoff_exports_total',
      help: 'Streamed exports by how they ended: completed, aborted (the client went away) or failed.',
      labelNames: ['export', 'outcome'],
      registers,
    });
  }

  pageRead(name: string, rows: number): void {
    this.pages.inc({ export: name });
    this.rows.inc({ export: name }, rows);
  }

  ended(name: string, outcome: ExportOutcome): void {
    this.outcomes.inc({ export: name, outcome });
  }
}
