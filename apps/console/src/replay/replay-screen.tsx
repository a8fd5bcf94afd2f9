import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ReplayBoard } from './replay-board';
import { Replay } from './replay-clock';
import { ReplayControls } from './replay-controls';

/**
 * The queue screen of an analyst or auditor: the board replayed from the log (queueBoardAt), starting now. They may
 * not read the live lists, so there is no "Live" here; "Now" replays the present instant instead.
 */
export function ReplayScreen() {
  const { t } = useI18n();
  const [replay, setReplay] = useState<Replay>(() => ({ at: Date.now(), speed: null }));
  const current = replay ?? { at: Date.now(), speed: null };
  return (
    <main id="main" tabIndex={-1} data-ready>
      <h1>{t('queuesTitle')}</h1>
      <ReplayControls replay={current} onChange={(next) => setReplay(next ?? { at: Date.now(), speed: null })} canGoLive={false} />
      <ReplayBoard at={current.at} />
    </main>
  );
}
