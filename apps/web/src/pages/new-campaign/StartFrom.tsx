import { Radio, Typography } from 'antd';
import type { PlanDefinition, TemplateOrgContext, YearOverrides } from '@tdkt/domain';
import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { CampaignStart } from './CampaignStart';
import { TemplateStart } from './TemplateStart';

type Source = 'template' | 'campaign';

interface Props {
  issuerCode: string;
  org: TemplateOrgContext;
  /** Whether the tree's levels below the official's unit could be read (see TemplateStart). */
  levelsKnown: boolean;
  national: YearOverrides;
  nextYear: number;
  onDraft(plan: PlanDefinition): void;
}

/** Where the plan comes from: a template, or a campaign already drafted (last year's, usually). */
export function StartFrom({ issuerCode, org, levelsKnown, national, nextYear, onDraft }: Props) {
  const t = useT();
  const [source, setSource] = useState<Source>('template');
  return (
    <section aria-labelledby="new-campaign-start" className="plan-section start-from">
      <Typography.Title level={3} id="new-campaign-start">
        {t('newCampaign.section.start')}
      </Typography.Title>
      <Radio.Group
        value={source}
        onChange={(event) => setSource(event.target.value as Source)}
        optionType="button"
        buttonStyle="solid"
        className="start-from__choice"
        options={[
          { value: 'template', label: t('newCampaign.start.template') },
          { value: 'campaign', label: t('newCampaign.start.campaign') },
        ]}
      />
      {source === 'template' ? (
        <TemplateStart issuerCode={issuerCode} org={org} levelsKnown={levelsKnown} nextYear={nextYear} onDraft={onDraft} />
      ) : (
        <CampaignStart national={national} onDraft={onDraft} />
      )}
    </section>
  );
}
