import { Language, LANGUAGES, useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {(Object.keys(LANGUAGES) as Language[]).map((code) => (
        <button key={code} type="button" lang={code} aria-label={`${LANGUAGES[code]} (${code.toUpperCase()})`} title={LANGUAGES[code]} aria-pressed={language === code} onClick={() => setLanguage(code)}>
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
