import { FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';

const NAME_MAX = 200;
const DESCRIPTION_MAX = 1000;

/** Defining a new reason: a name, and optionally a description. */
export function ReasonForm({ busy, onSubmit }: { busy: boolean; onSubmit: (name: string, description: string) => Promise<boolean> }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(name.trim(), description.trim())) {
      setName('');
      setDescription('');
    }
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reasonDefine')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('reasonName')}</label>
          <input id={`${id}-name`} value={name} maxLength={NAME_MAX} required onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-description`}>{t('reasonDescription')}</label>
          <input id={`${id}-description`} value={description} maxLength={DESCRIPTION_MAX} onChange={(event) => setDescription(event.target.value)} />
        </div>
      </div>
      <button type="submit" disabled={busy || !name.trim()}>
        {t('reasonAdd')}
      </button>
    </form>
  );
}

/** Renaming in place: the row's name becomes a field with Save and Cancel. */
export function RenameForm({ name: current, busy, onSave, onCancel }: { name: string; busy: boolean; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(current);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onSave(name.trim());
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('newName', { name: current })}
      </label>
      <input id={id} value={name} maxLength={NAME_MAX} autoFocus onChange={(event) => setName(event.target.value)} />
      <button type="submit" disabled={busy || !name.trim()}>
        {t('save')}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
