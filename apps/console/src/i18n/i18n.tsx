import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, MessageKey } from './en';
import { es } from './es';

export type Language = 'en' | 'es';
export const LANGUAGES: Record<Language, string> = { en: 'English', es: 'Español' };
const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, es };
const STORAGE_KEY = 'handoff.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  dateTime: (iso: string) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'es') return stored;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[language];
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' });
    return {
      language,
      setLanguage,
      t: (key, params) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole)),
      dateTime: (iso) => dateFormat.format(new Date(iso)),
      number: (value, options) => new Intl.NumberFormat(language, options).format(value),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
