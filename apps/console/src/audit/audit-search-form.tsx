import { FormEvent, useId, useState } from 'react';
import { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { eventLabel } from '../detail/audit-details';
import { AuditFilterVariables, auditVariables, AuditForm, AuditFormProblem, COMMON_EVENT_TYPES, EMPTY_AUDIT_FORM } from './audit-filter';

const TEXT_FIELDS: Array<{ key: 'actorId' | 'agentId' | 'conversationId' | 'correlationId'; label: MessageKey }> = [
  { key: 'actorId', label: 'auditActor' },
  { key: 'agentId', label: 'auditAgent' },
  { key: 'conversationId', label: 'auditConversation' },
  { key: 'correlationId', label: 'auditCorrelation' },
];

/** Who, what and when: actor, agent, conversation, correlation id, event types and a time range. */
export function AuditSearchForm({ onSearch }: { onSearch: (filter: AuditFilterVariables) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [form, setForm] = useState<AuditForm>(EMPTY_AUDIT_FORM);
  const [problem, setProblem] = useState<AuditFormProblem | null>(null);
  const set = (change: Partial<AuditForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setProblem(null);
  };
  const toggleType = (type: string) => set({ types: form.types.includes(type) ? form.types.filter((entry) => entry !== type) : [...form.types, type] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = auditVariables(form);
    if (result.ok) onSearch(result.variables.filter);
    else setProblem({ field: result.field, problem: result.problem });
  };
  const problemText = problem && t(problem.problem === 'order' ? 'auditRangeOrder' : 'auditRangeInvalid');
  return (
    <form className="panel audit-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-form="audit-search">
      <h2 id={`${id}-title`}>{t('auditSearchTitle')}</h2>
      <div className="field-row">
        {TEXT_FIELDS.map(({ key, label }) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(label)}</label>
            <input id={`${id}-${key}`} value={form[key]} spellCheck={false} onChange={(event) => set({ [key]: event.target.value })} />
          </div>
        ))}
      </div>
      <fieldset className="field">
        <legend>{t('auditTypes')}</legend>
        <div className="checkbox-row">
          {COMMON_EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" checked={form.types.includes(type)} onChange={() => toggleType(type)} />
              {eventLabel(type, t)}
            </label>
          ))}
        </div>
        <label htmlFor={`${id}-other`} className="hint">
          {t('auditOtherTypes')}
        </label>
        <input id={`${id}-other`} value={form.otherTypes} spellCheck={false} placeholder="ConversationOffered, QueueConfigured" onChange={(event) => set({ otherTypes: event.target.value })} />
      </fieldset>
      <div className="field-row">
        {(['from', 'to'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(key === 'from' ? 'auditFrom' : 'auditTo')}</label>
            <input
              id={`${id}-${key}`}
              type="datetime-local"
              step={1}
              value={form[key]}
              aria-invalid={problem?.field === key}
              aria-describedby={problem?.field === key ? `${id}-problem` : undefined}
              onChange={(event) => set({ [key]: event.target.value })}
            />
          </div>
        ))}
      </div>
      {problemText && (
        <p className="error" role="alert" id={`${id}-problem`}>
          {problemText}
        </p>
      )}
      <div className="presets">
        <button type="submit">{t('auditSearch')}</button>
        <button type="button" className="secondary" onClick={() => {
          setForm(EMPTY_AUDIT_FORM);
          setProblem(null);
          onSearch({});
        }}>
          {t('auditClear')}
        </button>
      </div>
    </form>
  );
}
