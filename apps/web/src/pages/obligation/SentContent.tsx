import type { ObligationContent, PlanDefinition } from '@tdkt/domain';
import { Descriptions, Empty, List, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { criterionFor } from './kpi-labels';

/** What the unit last sent: its text, its own plan's number, its KPI figures with their units, its nominations. */
export function SentContent(props: { content: ObligationContent | null; unitCode: string; levelCode: string; plan: PlanDefinition }) {
  const { content, unitCode, levelCode, plan } = props;
  const { t, language } = useI18n();
  if (!content) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('actions.sent.nothing')} />;

  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  const awardNames = new Map(plan.awardForms.map((form) => [form.key, form.name]));
  const kpis = Object.entries(content.kpiValues ?? {});

  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="sent-content"
      items={[
        {
          key: 'summary',
          label: t('actions.sent.summary'),
          children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{content.summary}</Typography.Paragraph>,
        },
        ...(content.localPlanReference
          ? [
              {
                key: 'plan',
                label: t('actions.sent.localPlanReference'),
                children: <span data-testid="sent-local-plan">{content.localPlanReference}</span>,
              },
            ]
          : []),
        ...(kpis.length
          ? [
              {
                key: 'kpis',
                label: t('actions.sent.kpis'),
                children: (
                  <List
                    size="small"
                    dataSource={kpis}
                    renderItem={([key, value]) => {
                      const criterion = criterionFor(plan, key, { unitCode, levelCode });
                      const unit = criterion?.kind === 'kpi' ? ` ${criterion.unit}` : '';
                      return (
                        <List.Item>
                          {criterion?.text ?? key}: <Typography.Text strong>{`${number.format(value)}${unit}`}</Typography.Text>
                        </List.Item>
                      );
                    }}
                  />
                ),
              },
            ]
          : []),
        ...(content.nominations?.length
          ? [
              {
                key: 'nominations',
                label: t('actions.sent.nominations'),
                children: (
                  <List
                    size="small"
                    dataSource={content.nominations}
                    renderItem={(n) => (
                      <List.Item>
                        <div>
                          <Typography.Text strong>
                            {`${n.nominee.name}${n.nominee.position ? `, ${n.nominee.position}` : ''} (${t(
                              n.nominee.kind === 'collective' ? 'actions.nomination.collective' : 'actions.nomination.individual',
                            )})`}
                          </Typography.Text>
                          <div>{`${awardNames.get(n.awardFormKey) ?? n.awardFormKey} — ${n.achievements}`}</div>
                        </div>
                      </List.Item>
                    )}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
