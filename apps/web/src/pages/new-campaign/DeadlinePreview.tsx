import { CalendarOutlined, WarningOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n-context';
import { deadlineText, type DeadlinePreview as Preview } from './deadline-preview';

interface Props {
  preview: Preview | undefined;
  /** "opens" or "due": what the date is. */
  what: 'opens' | 'due';
  previewKey: string;
  phaseName: (key: string) => string | undefined;
}

/** The date a due date comes to, next to its inputs, and why. */
export function DeadlinePreview({ preview, what, previewKey, phaseName }: Props) {
  const { t, language } = useI18n();
  const shown = preview ?? { kind: 'unknown' as const };
  return (
    <p className={`deadline-preview deadline-preview--${shown.kind}`} data-preview={previewKey}>
      {shown.kind === 'unknown' ? <WarningOutlined aria-hidden /> : <CalendarOutlined aria-hidden />}{' '}
      <strong>{t(what === 'opens' ? 'newCampaign.preview.opens' : 'newCampaign.preview.due')}</strong>{' '}
      {deadlineText(shown, t, language, phaseName)}
    </p>
  );
}
