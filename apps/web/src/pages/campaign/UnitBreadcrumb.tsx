import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { useUnitAncestors } from '../../api/campaign-queries';
import { campaignPath, PATHS, unitPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';

export interface UnitBreadcrumbProps {
  campaignId: string;
  campaignTitle: string;
  unitName: string;
  parentCode: string | null | undefined;
  /** The official's own unit: the tree is walked up to it and no further (the API refuses what is above). */
  upTo: string | undefined;
  /** False when the official may not read above this unit (their own unit, or one outside their reach). */
  walkUp: boolean;
}

/** Back to the campaign, then up the tree as far as the official reaches. */
export function UnitBreadcrumb({ campaignId, campaignTitle, unitName, parentCode, upTo, walkUp }: UnitBreadcrumbProps) {
  const t = useT();
  const ancestors = useUnitAncestors(parentCode, upTo, walkUp);
  return (
    <Breadcrumb
      aria-label={t('campaign.breadcrumb')}
      items={[
        { title: <Link to={PATHS.campaigns}>{t('campaign.back')}</Link> },
        { title: <Link to={campaignPath(campaignId)}>{campaignTitle}</Link> },
        ...(ancestors.data ?? []).map((ancestor) => ({
          title: <Link to={unitPath(campaignId, ancestor.code)}>{ancestor.name}</Link>,
        })),
        { title: <span aria-current="page">{unitName}</span> },
      ]}
    />
  );
}
