import type { ObligationStatus } from '@tdkt/domain';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CampaignDetail, UnitProgress } from '../../api/queries';
import { campaignPath, unitPath } from '../../app/paths';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { DueCell } from '../DueCell';
import { kindKey, obligationStatusKey, STATUS_COLORS } from './obligation-labels';

const SETTLED: readonly string[] = ['approved', 'closed', 'cancelled'];

/** What the obligation is, whose, where it stands and by when: on Vietnam's clock. */
export function ObligationFacts({ campaign, obligation, now }: { campaign: CampaignDetail; obligation: UnitProgress; now: Date }) {
  const t = useT();
  const when = (instant: string | null) => (instant ? formatDateTime(new Date(instant)) : '—');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      items={[
        { key: 'campaign', label: t('actions.facts.campaign'), children: <Link to={campaignPath(campaign.id)}>{campaign.title}</Link> },
        { key: 'kind', label: t('actions.facts.kind'), children: t(kindKey(obligation.kind)) },
        {
          key: 'unit',
          label: t('actions.facts.unit'),
          children: <Link to={unitPath(campaign.id, obligation.unitCode)}>{obligation.unitCode}</Link>,
        },
        { key: 'reportsTo', label: t('actions.facts.reportsTo'), children: obligation.reportsTo },
        {
          key: 'status',
          label: t('actions.facts.status'),
          children: (
            <Tag color={STATUS_COLORS[obligation.status as ObligationStatus]} data-testid="obligation-status">
              {t(obligationStatusKey(obligation.status))}
            </Tag>
          ),
        },
        {
          key: 'due',
          label: t('actions.facts.due'),
          children: obligation.dueAt ? (
            <Space size={4} wrap>
              <Typography.Text data-testid="obligation-due">{formatDateTime(new Date(obligation.dueAt))}</Typography.Text>
              {!SETTLED.includes(obligation.status) && (
                <>
                  <span aria-hidden="true">·</span>
                  <DueCell dueAt={obligation.dueAt} now={now} />
                </>
              )}
            </Space>
          ) : (
            t('due.toBeAnnounced')
          ),
        },
        { key: 'submitted', label: t('actions.facts.submittedAt'), children: when(obligation.submittedAt) },
        { key: 'approved', label: t('actions.facts.approvedAt'), children: when(obligation.approvedAt) },
      ]}
    />
  );
}
