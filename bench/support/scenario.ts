/** What one scenario reports, and how a scenario runs as its own process (clean memory, no shared JIT state). */
export interface Target {
  /** `value` must be at most (max) or at least (min) the bound; `ratio` likewise. */
  on: 'value' | 'ratio';
  bound: 'max' | 'min';
  limit: number;
}

export interface Figure {
  scenario: string;
  figure: string;
  unit: string;
  /** Median over the runs. */
  value: number;
  runs: number;
  baseline?: { name: string; value: number };
  target?: Target;
}

export interface Reported extends Figure {
  ratio: number | null;
  met: boolean | null;
}

export function report(figure: Figure): Reported {
  const ratio = figure.baseline && figure.baseline.value !== 0 ? figure.value / figure.baseline.value : null;
  let met: boolean | null = null;
  if (figure.target) {
    const measured = figure.target.on === 'value' ? figure.value : ratio;
    met = measured === null ? null : figure.target.bound === 'max' ? measured <= figure.target.limit : measured >= figure.target.limit;
  }
  return { ...figure, ratio, met };
}

export type ScenarioInput = Record<string, number | string>;

/** Entry point of a scenario process: reads its input from BENCH_INPUT, sends its figures to the parent. */
export function runScenario(run: (input: ScenarioInput) => Promise<Figure[]>): void {
  const input = JSON.parse(process.env.BENCH_INPUT ?? '{}') as ScenarioInput;
  run(input).then(
    (figures) => {
      process.send?.({ figures });
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}

export const log = (message: string): void => {
  process.stderr.write(`  · ${message}\n`);
};
