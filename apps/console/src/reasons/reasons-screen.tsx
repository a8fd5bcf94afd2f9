import { useCallback, useEffect, useState } from 'react';
import { DEFINE_REASON, REASONS, RETIRE_REASON } from '../api/operations';
import { TransferReason } from '../api/types';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { Announcement, useAnnouncement } from '../ui/announcer';
import { Dialog } from '../ui/dialog';
import { ErrorMessage, Loading } from '../ui/messages';
import { ReasonForm, RenameForm } from './reason-form';

/** Define, rename and retire the reasons a transfer must name. Retiring keeps the reason in past transfers. */
export function ReasonsScreen() {
  const { t } = useI18n();
  const { request } = useApi();
  const [reasons, setReasons] = useState<TransferReason[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<TransferReason | null>(null);
  const [announcement, announce] = useAnnouncement();

  const load = useCallback(async () => {
    try {
      setReasons((await request(REASONS, { includeInactive: true })).transferReasons);
    } catch (failure) {
      setError(failure);
    }
  }, [request]);
  useEffect(() => void load(), [load]);

  const act = async (send: () => Promise<Record<string, TransferReason>>, done: (reason: TransferReason) => string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const data = await send();
      announce(done(Object.values(data)[0]));
      await load();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const define = (name: string, description: string) =>
    act(() => request(DEFINE_REASON, { input: { name, description: description || undefined } }), (reason) => t('reasonSaved', { name: reason.name }));
  const rename = async (reason: TransferReason, name: string) => {
    const input = { id: reason.id, name, description: reason.description ?? undefined };
    if (await act(() => request(DEFINE_REASON, { input }), (saved) => t('reasonSaved', { name: saved.name }))) setRenaming(null);
  };
  const retire = async (reason: TransferReason) => {
    await act(() => request(RETIRE_REASON, { id: reason.id }), (retired) => t('reasonRetiredDone', { name: retired.name }));
    setRetiring(null);
  };

  return (
    <main id="main" tabIndex={-1} data-ready={!!reasons}>
      <h1>{t('reasonsTitle')}</h1>
      <ReasonForm busy={busy} onSubmit={define} />
      <ErrorMessage error={error} />
      <section className="panel" aria-labelledby="reasons-title">
        <h2 id="reasons-title">{t('reasonsTitle')}</h2>
        {!reasons && !error && <Loading />}
        {reasons?.length === 0 && <p className="empty">{t('reasonsEmpty')}</p>}
        {!!reasons?.length && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reasonName')}</th>
                <th scope="col">{t('colDescription')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((reason) => (
                <tr key={reason.id} data-reason={reason.id} className={reason.active ? undefined : 'retired'}>
                  <th scope="row">
                    {renaming === reason.id ? (
                      <RenameForm name={reason.name} busy={busy} onSave={(name) => void rename(reason, name)} onCancel={() => setRenaming(null)} />
                    ) : (
                      reason.name
                    )}
                  </th>
                  <td>{reason.description ?? ''}</td>
                  <td>
                    <span className={reason.active ? 'badge badge-assigned' : 'badge badge-closed'}>{reason.active ? t('reasonActive') : t('reasonRetired')}</span>
                  </td>
                  <td className="row-actions">
                    {renaming !== reason.id && (
                      <button type="button" className="small-button secondary" aria-label={`${t('reasonRename')}: ${reason.name}`} onClick={() => setRenaming(reason.id)}>
                        {t('reasonRename')}
                      </button>
                    )}
                    {reason.active && (
                      <button type="button" className="small-button danger" aria-label={`${t('reasonRetire')}: ${reason.name}`} onClick={() => setRetiring(reason)}>
                        {t('reasonRetire')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {retiring && (
        <Dialog title={`${t('reasonRetire')}: ${retiring.name}`} onClose={() => setRetiring(null)}>
          <p>{t('reasonRetireConfirm', { name: retiring.name })}</p>
          <footer className="dialog-footer">
            <button type="button" className="secondary" onClick={() => setRetiring(null)}>
              {t('cancel')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void retire(retiring)}>
              {t('reasonRetire')}
            </button>
          </footer>
        </Dialog>
      )}
      <Announcement message={announcement} />
    </main>
  );
}
