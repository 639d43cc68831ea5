import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '@tdkt/domain';
import { Alert, Button, Empty, Table, Tag, type TableColumnsType } from 'antd';
import { Link, useLinkClickHandler } from 'react-router';
import { useAwardForms, useCampaignDossiers, type AwardDossier } from '../../api/award-queries';
import { useCampaign, useCampaigns, useMe } from '../../api/queries';
import { awardDossierPath, newAwardDossierPath } from '../../app/paths';
import { formatDate } from '../../format/vietnam-time';
import { vietnameseCollator } from '../../format/vietnamese-search';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { CampaignPicker } from '../campaign-choice/CampaignPicker';
import { useChosenCampaign } from '../campaign-choice/use-chosen-campaign';
import { DOSSIER_STATUS_COLORS, dossierStatusKey, stepKindKey } from './award-labels';
import { offeredForms } from './dossier-form';
import { awardedCount } from './dossier-view';

/** Who draws up a unit's list: its specialists draft it, its leaders sign it (the API refuses anyone else). */
const NOMINATING_ROLES: readonly Role[] = ['specialist', 'leader', 'deputy_leader'];

/** The chosen campaign's award dossiers within the official's reach, and the way to draw up a new list. */
export function DossiersTab() {
  const t = useT();
  const [campaignId, choose] = useChosenCampaign();
  const campaigns = useCampaigns();
  return (
    <>
      {campaigns.isError && <LoadFailed onRetry={() => void campaigns.refetch()} />}
      <CampaignPicker
        id="awards-campaign"
        label={t('awards.campaign')}
        placeholder={t('awards.campaignPlaceholder')}
        campaigns={campaigns.data?.items ?? []}
        loading={campaigns.isPending}
        value={campaignId}
        onChange={choose}
      />
      {campaignId ? <CampaignDossiers key={campaignId} campaignId={campaignId} /> : <Empty description={t('awards.pickCampaign')} />}
    </>
  );
}

function CampaignDossiers({ campaignId }: { campaignId: string }) {
  const t = useT();
  const dossiers = useCampaignDossiers(campaignId);
  const campaign = useCampaign(campaignId);
  const forms = useAwardForms();
  const me = useMe();
  const openNew = useLinkClickHandler<HTMLElement>(newAwardDossierPath(campaignId));
  const offered = campaign.data && forms.data ? offeredForms(campaign.data.plan.awardForms, forms.data.items) : [];
  const nominates = !!me.data?.roles.some((role) => NOMINATING_ROLES.includes(role.code as Role));
  const takesLists = campaign.data?.status === 'running';

  const columns: TableColumnsType<AwardDossier> = [
    {
      title: t('awards.dossiers.column.award'),
      dataIndex: 'awardName',
      sorter: (a, b) => vietnameseCollator.compare(a.awardName, b.awardName),
      render: (name: string, dossier) => <Link to={awardDossierPath(dossier.id)}>{name}</Link>,
    },
    { title: t('awards.dossiers.column.unit'), dataIndex: 'nominatingUnitCode' },
    { title: t('awards.dossiers.column.year'), dataIndex: 'year', responsive: ['md'] },
    {
      title: t('awards.dossiers.column.status'),
      dataIndex: 'status',
      render: (status: AwardDossier['status']) => <Tag color={DOSSIER_STATUS_COLORS[status]}>{t(dossierStatusKey(status))}</Tag>,
    },
    {
      title: t('awards.dossiers.column.step'),
      key: 'step',
      responsive: ['lg'],
      render: (_, dossier) => {
        const step = dossier.route[dossier.stepIndex];
        return dossier.status === 'in_progress' || dossier.status === 'forwarded' ? step && t(stepKindKey(step.kind)) : '—';
      },
    },
    { title: t('awards.dossiers.column.names'), key: 'names', align: 'right', render: (_, dossier) => dossier.nominations.length },
    { title: t('awards.dossiers.column.awarded'), key: 'awarded', align: 'right', render: (_, dossier) => awardedCount(dossier) },
    {
      title: t('awards.dossiers.column.submittedAt'),
      dataIndex: 'submittedAt',
      responsive: ['md'],
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.submittedAt.localeCompare(b.submittedAt),
      render: (at: string) => formatDate(new Date(at)),
    },
  ];

  return (
    <>
      {campaign.isSuccess && forms.isSuccess && !offered.length && (
        <Alert type="info" showIcon message={t('awards.noForms')} className="awards-page__notice" />
      )}
      {offered.length > 0 && nominates && takesLists && (
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          href={newAwardDossierPath(campaignId)}
          onClick={openNew}
          className="awards-page__new"
        >
          {t('awards.newDossier')}
        </Button>
      )}
      {dossiers.isError ? (
        <LoadFailed onRetry={() => void dossiers.refetch()} />
      ) : (
        <div data-testid="award-dossiers">
          <Table<AwardDossier>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={dossiers.data?.items ?? []}
            loading={dossiers.isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('awards.dossiers.empty')} /> }}
            scroll={{ x: true }}
          />
        </div>
      )}
    </>
  );
}
