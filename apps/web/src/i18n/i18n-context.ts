import { createContext, useContext } from 'react';
import type { Language, MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);

/** The current language, its `t`, and the switch. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}

export const useT = (): Translate => useI18n().t;
