import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { UnitSummary } from '../../api/campaign-queries';
import { unitPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { levelLabel } from './labels';

/** The units directly below, each leading to its own page in the campaign. */
export function SubUnits({ campaignId, units }: { campaignId: string; units: UnitSummary[] }) {
  const t = useT();
  return (
    <section aria-labelledby="sub-units-heading" className="campaign-section">
      <Typography.Title level={3} id="sub-units-heading">
        {t('campaign.unit.children')}
      </Typography.Title>
      {units.length === 0 ? (
        <Typography.Text type="secondary">{t('campaign.unit.noChildren')}</Typography.Text>
      ) : (
        <ul className="unit-tree">
          {units.map((unit) => (
            <li key={unit.code} className="unit-tree__row unit-tree__row--leaf">
              <Link to={unitPath(campaignId, unit.code)}>{unit.name}</Link>
              <Tag>{levelLabel(t, unit.levelCode)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
