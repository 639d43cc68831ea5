import { Segmented } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/messages';

// Language names are written in their own language, as is customary for a language switch.
const OPTIONS: { value: Language; label: string; title: string }[] = [
  { value: 'vi', label: 'VI', title: 'Tiếng Việt' },
  { value: 'en', label: 'EN', title: 'English' },
];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return <Segmented aria-label={t('header.language')} size="small" value={language} options={OPTIONS} onChange={setLanguage} />;
}
