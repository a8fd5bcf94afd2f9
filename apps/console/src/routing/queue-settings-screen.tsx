import { useCallback, useEffect, useState } from 'react';
import { QUEUE_SETTINGS } from '../api/routing-operations';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { Announcement, useAnnouncement } from '../ui/announcer';
import { ErrorMessage, Loading } from '../ui/messages';
import { QueueSettingsEditor } from './queue-settings-editor';
import { QueueSettings } from './types';

/** Every configured queue's settings (queueSettings) and the form to configure one (configureQueue). */
export function QueueSettingsScreen() {
  const { t } = useI18n();
  const { request } = useApi();
  const [list, setList] = useState<QueueSettings[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<QueueSettings | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [announcement, announce] = useAnnouncement();
  const load = useCallback(async () => {
    setError(null);
    try {
      setList((await request(QUEUE_SETTINGS)).queueSettings);
    } catch (failure) {
      setError(failure);
    }
  }, [request]);
  useEffect(() => void load(), [load]);
  const seconds = (value: number | null) => (value === null ? t('none') : `${value} s`);
  const onSaved = (saved: QueueSettings) => {
    setList((current) => [...(current ?? []).filter((entry) => entry.queueId !== saved.queueId), saved].sort((a, b) => a.queueId.localeCompare(b.queueId)));
    setEditing(null);
    setFormKey((key) => key + 1);
    announce(t('qsSaved', { queue: saved.queueId }));
  };
  return (
    <main id="main" tabIndex={-1} data-ready={list !== null}>
      <h1>{t('queueSettingsTitle')}</h1>
      <p className="muted">{t('queueSettingsDefaults')}</p>
      <ErrorMessage error={error} onRetry={() => void load()} />
      {list === null && !error && <Loading />}
      {list?.length === 0 && <p className="empty">{t('queueSettingsEmpty')}</p>}
      {list && list.length > 0 && (
        <table className="conversations panel">
          <thead>
            <tr>
              {(['colQueue', 'colRouting', 'colOfferTimeout', 'colMaxWait', 'colReturnAfter', 'colServiceLevel', 'colActions'] as const).map((key) => (
                <th scope="col" key={key}>{t(key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.map((queue) => (
              <tr key={queue.queueId} data-queue-settings={queue.queueId}>
                <th scope="row">{queue.name ? `${queue.name} (${queue.queueId})` : queue.queueId}</th>
                <td data-field="routing">{t(`routing${queue.routing}`)}</td>
                <td>{seconds(queue.offerTimeoutSeconds)}</td>
                <td>{seconds(queue.maxWaitSeconds ?? null)}</td>
                <td>{seconds(queue.returnAfterSeconds ?? null)}</td>
                <td>{seconds(queue.serviceLevelSeconds)}</td>
                <td>
                  <button type="button" className="small-button secondary" aria-label={t('qsEditLabel', { queue: queue.queueId })} onClick={() => setEditing(queue)}>
                    {t('qsEdit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <QueueSettingsEditor key={`${editing?.queueId ?? ''}:${formKey}`} settings={editing} onSaved={onSaved} />
      <Announcement message={announcement} />
    </main>
  );
}
