import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { AwardCatalogueTab } from './AwardCatalogueTab';
import { AwardHistoryTab } from './AwardHistoryTab';
import { DossiersTab } from './DossiersTab';
import { PostingsTab } from './PostingsTab';
import './awards.css';

/** The search parameter the open section is kept in, so a reload or a shared link opens the same one. */
const SECTION_PARAM = 'muc';
const SECTIONS = ['ho-so', 'cong-khai', 'danh-muc', 'lich-su'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Khen thưởng: a campaign's award dossiers (and the way to draw up a new list), the lists posted for objections, the
 * award catalogue in force in the province, and the award history.
 */
export default function AwardsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const asked = params.get(SECTION_PARAM);
  const section: Section = SECTIONS.includes(asked as Section) ? (asked as Section) : 'ho-so';
  const open = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'ho-so') updated.delete(SECTION_PARAM);
        else updated.set(SECTION_PARAM, next);
        return updated;
      },
      { replace: true },
    );

  return (
    <section aria-labelledby="awards-heading" className="awards-page">
      <Typography.Title level={2} id="awards-heading">
        {t('awards.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('awards.intro')}</Typography.Paragraph>
      <Tabs
        aria-label={t('awards.tabs')}
        activeKey={section}
        onChange={open}
        destroyOnHidden
        items={[
          { key: 'ho-so', label: t('awards.tab.dossiers'), children: <DossiersTab /> },
          { key: 'cong-khai', label: t('awards.tab.postings'), children: <PostingsTab /> },
          { key: 'danh-muc', label: t('awards.tab.catalogue'), children: <AwardCatalogueTab /> },
          { key: 'lich-su', label: t('awards.tab.history'), children: <AwardHistoryTab /> },
        ]}
      />
    </section>
  );
}
