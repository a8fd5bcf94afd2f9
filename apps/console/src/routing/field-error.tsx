import { useI18n } from '../i18n/i18n';
import { FieldError } from './form-rules';

/** A field's validation message, referenced by the field's aria-describedby and announced when it appears. */
export function FieldErrorText({ id, error }: { id: string; error?: FieldError }) {
  const { t, number } = useI18n();
  if (!error) return null;
  const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([name, value]) => [name, number(value)]));
  return (
    <p className="field-error" id={id} role="alert">
      {t(error.key, params)}
    </p>
  );
}
