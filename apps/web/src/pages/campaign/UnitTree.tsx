import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUnit, type UnitSummary } from '../../api/campaign-queries';
import { unitPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { levelLabel } from './labels';

interface NodeProps {
  campaignId: string;
  unit: UnitSummary;
  /** Whether the official may open the units below this one (the API refuses a specialist the units below theirs). */
  readsBelow: boolean;
  initiallyOpen?: boolean;
}

function UnitNode({ campaignId, unit, readsBelow, initiallyOpen = false }: NodeProps) {
  const t = useT();
  const [open, setOpen] = useState(initiallyOpen);
  // Only an opened node asks for its children: a national tree is thousands of units.
  const detail = useUnit(unit.code, open);
  const children = detail.data?.children ?? [];
  return (
    <li className="unit-tree__node">
      <div className="unit-tree__row">
        <Button
          type="text"
          size="small"
          className="unit-tree__toggle"
          icon={open ? <DownOutlined /> : <RightOutlined />}
          aria-expanded={open}
          aria-label={t(open ? 'campaign.tree.collapse' : 'campaign.tree.expand', { name: unit.name })}
          onClick={() => setOpen(!open)}
        />
        <Link to={unitPath(campaignId, unit.code)}>{unit.name}</Link>
        <Tag>{levelLabel(t, unit.levelCode)}</Tag>
      </div>
      {open && (
        <>
          {detail.isPending && <Spin size="small" />}
          {detail.isError && <LoadFailed onRetry={() => void detail.refetch()} />}
          {detail.data && children.length === 0 && (
            <Typography.Text type="secondary" className="unit-tree__empty">
              {t('campaign.unit.noChildren')}
            </Typography.Text>
          )}
          {children.length > 0 && (
            <ul className="unit-tree__children">
              {children.map((child) =>
                readsBelow ? (
                  <UnitNode key={child.code} campaignId={campaignId} unit={child} readsBelow />
                ) : (
                  <li key={child.code} className="unit-tree__node">
                    <div className="unit-tree__row unit-tree__row--leaf">
                      <Link to={unitPath(campaignId, child.code)}>{child.name}</Link>
                      <Tag>{levelLabel(t, child.levelCode)}</Tag>
                    </div>
                  </li>
                ),
              )}
            </ul>
          )}
        </>
      )}
    </li>
  );
}

/** The unit tree from `rootCode` down, opened one level at a time; each unit leads to its page in the campaign. */
export function UnitTree({ campaignId, rootCode, readsBelow }: { campaignId: string; rootCode: string; readsBelow: boolean }) {
  const t = useT();
  const root = useUnit(rootCode);
  return (
    <section aria-labelledby="unit-tree-heading" className="campaign-section">
      <Typography.Title level={3} id="unit-tree-heading">
        {t('campaign.tree.heading')}
      </Typography.Title>
      {root.isError && <LoadFailed onRetry={() => void root.refetch()} />}
      {root.isPending && <Spin />}
      {root.data && (
        <>
          <Typography.Paragraph type="secondary">{t('campaign.tree.intro', { unit: root.data.name })}</Typography.Paragraph>
          <ul className="unit-tree" aria-label={t('campaign.tree.label')}>
            <UnitNode campaignId={campaignId} unit={root.data} readsBelow={readsBelow} initiallyOpen />
          </ul>
        </>
      )}
    </section>
  );
}
