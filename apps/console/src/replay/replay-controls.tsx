import { KeyboardEvent, useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { useNow } from '../live/now';
import { dayOf, daySpan, instantAt, keyedPosition, PLAY_SPEEDS, PlaySpeed, playStart, positionOf, Replay, sameTimeOn, spanSeconds } from './replay-clock';
import { usePlayback } from './use-playback';

interface ReplayControlsProps {
  replay: Replay;
  onChange: (next: Replay) => void;
  /** Offers the "Live" button (only to users who may read the live board). */
  canGoLive: boolean;
}

/**
 * "Replay the day": a day, a slider over its seconds (arrows: a minute, Page Up/Down: an hour), play at 10× or 60×.
 * Moving the slider leaves the live board; while replaying, a banner says so, shows the instant and offers "Live".
 */
export function ReplayControls({ replay, onChange, canGoLive }: ReplayControlsProps) {
  const { t, dateTime } = useI18n();
  const now = useNow();
  const id = useId();
  const at = replay?.at ?? now;
  const span = daySpan(dayOf(at), Math.max(now, at));
  usePlayback(replay, span, onChange);
  if (!span) return null;
  const length = spanSeconds(span);
  const position = positionOf(span, at);
  const iso = new Date(at).toISOString();
  const moveTo = (next: number) => onChange({ at: instantAt(span, next), speed: replay?.speed ?? null });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = keyedPosition(event.key, position, length);
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };
  const chooseDay = (day: string) => {
    const chosen = daySpan(day, now);
    if (chosen) onChange({ at: sameTimeOn(chosen, at), speed: null });
  };
  const play = (speed: PlaySpeed) => onChange(replay?.speed === speed ? { at, speed: null } : { at: playStart(replay ? at : span.end, span), speed });
  return (
    <section className="panel replay" aria-labelledby={`${id}-title`} data-replaying={!!replay}>
      <h2 id={`${id}-title`}>{t('replayTitle')}</h2>
      <p role="status" className="sr-only">
        {replay ? t('replayStarted') : t('replayLive')}
      </p>
      {replay && (
        <div className="replay-banner" data-field="replay-banner">
          <span className="badge badge-replay">{t('replayBadge')}</span>
          <span>
            {t('replayShowing')} <time dateTime={iso} data-field="replay-instant">{dateTime(iso)}</time>
          </span>
          {canGoLive ? (
            <button type="button" onClick={() => onChange(null)} title={t('replayLiveHelp')}>
              {t('replayLiveButton')}
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => onChange({ at: Date.now(), speed: null })}>
              {t('replayNow')}
            </button>
          )}
        </div>
      )}
      <div className="replay-row">
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('replayDay')}</label>
          <input id={`${id}-day`} type="date" value={dayOf(at)} max={dayOf(now)} required onChange={(event) => chooseDay(event.target.value)} />
        </div>
        <div className="field replay-slider">
          <label htmlFor={`${id}-slider`}>{t('replaySlider')}</label>
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={length}
            step={1}
            value={position}
            aria-valuetext={dateTime(iso)}
            aria-describedby={`${id}-keys`}
            onKeyDown={onKeyDown}
            onChange={(event) => moveTo(Number(event.target.value))}
          />
          <span id={`${id}-keys`} className="hint">
            {t('replayKeys')}
          </span>
        </div>
        <div className="presets" role="group" aria-label={t('replayPlayGroup')}>
          {PLAY_SPEEDS.map((speed) => (
            <button key={speed} type="button" className="secondary" aria-pressed={replay?.speed === speed} onClick={() => play(speed)}>
              {t('replayPlay', { speed })}
            </button>
          ))}
          <button type="button" className="secondary" disabled={!replay?.speed} onClick={() => onChange({ at, speed: null })}>
            {t('replayPause')}
          </button>
        </div>
      </div>
    </section>
  );
}
