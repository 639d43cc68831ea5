import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { fetchTimelineCsv, fetchTimelineHtml, type TimelineFilter } from '../../api/audit-queries';
import { useT } from '../../i18n/i18n-context';
import { fileNameOf, openBlankWindow, saveFile, showHtmlIn } from './export-file';

/** The filtered timeline as the API exports it: a CSV file saved, or the printable page opened in a new window. */
export function TimelineExports({ campaignId, filter }: { campaignId: string; filter: TimelineFilter }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'csv' | 'html' | null>(null);

  const run = async (kind: 'csv' | 'html', work: () => Promise<void>) => {
    setBusy(kind);
    try {
      await work();
    } catch {
      void message.error(t('audit.export.failed'));
    } finally {
      setBusy(null);
    }
  };
  const csv = () =>
    run('csv', async () => {
      const { blob, disposition } = await fetchTimelineCsv(campaignId, filter);
      const name = fileNameOf(disposition, `nhat-ky-${campaignId}.csv`);
      saveFile(blob, name);
      void message.success(t('audit.export.saved', { file: name }));
    });
  const html = () => {
    const target = openBlankWindow();
    if (!target) return void message.warning(t('audit.export.popupBlocked'));
    return run('html', async () => {
      try {
        showHtmlIn(target, await fetchTimelineHtml(campaignId, filter));
      } catch (error) {
        target.close();
        throw error;
      }
    });
  };

  return (
    <Space wrap role="group" aria-label={t('audit.export.label')} className="timeline-exports">
      <Button icon={<DownloadOutlined />} loading={busy === 'csv'} disabled={busy !== null} onClick={() => void csv()}>
        {t('audit.export.csv')}
      </Button>
      <Button icon={<PrinterOutlined />} loading={busy === 'html'} disabled={busy !== null} onClick={() => void html()}>
        {t('audit.export.html')}
        <span className="audit-visually-hidden"> {t('audit.newWindow')}</span>
      </Button>
    </Space>
  );
}
