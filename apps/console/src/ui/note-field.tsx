import { useId } from 'react';
import { useI18n } from '../i18n/i18n';

/** The api's limit on transfer and unassign notes, counted as the api counts (Unicode code points). */
export const NOTE_MAX = 2000;

export const noteLength = (note: string): number => [...note].length;

export function noteTooLong(note: string): boolean {
  return noteLength(note) > NOTE_MAX;
}

/** A note with a live counter; past the limit it says by how much instead of cutting the text. */
export function NoteField({ label, help, value, onChange }: { label: string; help?: string; value: string; onChange: (value: string) => void }) {
  const { t, number } = useI18n();
  const id = useId();
  const over = noteLength(value) - NOTE_MAX;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help && <p className="hint" id={`${id}-help`}>{help}</p>}
      <textarea
        id={id}
        name="note"
        rows={4}
        value={value}
        aria-describedby={`${help ? `${id}-help ` : ''}${id}-counter`}
        aria-invalid={over > 0}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-counter`} className={over > 0 ? 'counter counter-over' : 'counter'} data-testid="note-counter">
        {t('noteCounter', { count: number(noteLength(value)), max: number(NOTE_MAX) })}
      </p>
      {over > 0 && (
        <p className="error" role="alert">
          {t('noteTooLong', { over: number(over) })}
        </p>
      )}
    </div>
  );
}
