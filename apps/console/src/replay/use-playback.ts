import { useEffect, useRef } from 'react';
import { advance, DaySpan, Replay } from './replay-clock';

const TICK_MS = 250;

/** While a speed is set, moves the replayed instant on every tick by the real time elapsed times that speed. */
export function usePlayback(replay: Replay, span: DaySpan | null, onChange: (next: Replay) => void): void {
  const latest = useRef({ span, onChange });
  latest.current = { span, onChange };
  const at = replay?.at;
  const speed = replay?.speed;
  useEffect(() => {
    if (at === undefined || !speed) return;
    const started = performance.now();
    const timer = setTimeout(() => {
      const { span: current, onChange: change } = latest.current;
      if (!current) return;
      const step = advance(at, performance.now() - started, speed, current);
      change({ at: step.at, speed: step.ended ? null : speed });
    }, TICK_MS);
    return () => clearTimeout(timer);
  }, [at, speed]);
}
