import type { KpiCriterion, ObligationContent, PhaseKind, PlanDefinition } from '@tdkt/domain';
import { App, Button, Form, Input } from 'antd';
import { useSubmitObligation, type ObligationTarget } from '../api/action-queries';
import { useUnitCriteria } from '../api/queries';
import { useT } from '../i18n/i18n-context';
import { KpiFields } from './KpiFields';
import { kpiValuesOf } from './kpi-measure';
import { NominationFields } from './NominationFields';
import { nominationEntriesOf, nominationValuesOf, type NominationValues } from './nomination-entries';
import { RefusalAlert } from './RefusalAlert';
import { useGuardedAction } from './use-guarded-action';

interface SubmitValues {
  summary: string;
  localPlanReference?: string;
  kpiValues?: Record<string, number | null | undefined>;
  nominations?: NominationValues[];
}

/** Reports judged on figures: progress, reviews, a requested report (and a body's compilation of one). */
const REPORTS_WITH_KPIS: readonly PhaseKind[] = ['implementation', 'interim_review', 'final_review', 'request'];
const FIELDS = ['summary', 'localPlanReference', 'kpiValues', 'nominations'];

const valuesOf = (content: ObligationContent | null): Partial<SubmitValues> =>
  content
    ? {
        summary: content.summary,
        localPlanReference: content.localPlanReference,
        kpiValues: content.kpiValues,
        nominations: nominationValuesOf(content.nominations),
      }
    : {};

/**
 * The unit sends its work: the report's text, its own plan's number for a launch, its KPI figures for a report, its
 * nominations. A returned report opens with what was sent, to be corrected.
 */
export function SubmitObligationForm(props: {
  target: ObligationTarget;
  kind: PhaseKind;
  content: ObligationContent | null;
  plan: PlanDefinition;
}) {
  const { target, kind, content, plan } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubmitValues>();
  const criteria = useUnitCriteria(target.campaignId, target.unitCode);
  const kpis = REPORTS_WITH_KPIS.includes(kind)
    ? (criteria.data?.collective.filter((c): c is KpiCriterion & { groupKey: string } => c.kind === 'kpi') ?? [])
    : [];
  const action = useGuardedAction(useSubmitObligation(target), {
    form,
    fields: FIELDS,
    invalidField: 'summary',
    onSuccess: () => void message.success(t('actions.submit.done')),
  });

  const send = (values: SubmitValues) =>
    action.run({
      summary: values.summary.trim(),
      localPlanReference: values.localPlanReference?.trim() || undefined,
      kpiValues: kpiValuesOf(values.kpiValues),
      nominations: nominationEntriesOf(values.nominations),
    });

  return (
    <Form<SubmitValues>
      form={form}
      name="submit"
      layout="vertical"
      onFinish={send}
      initialValues={valuesOf(content)}
      data-testid="submit-form"
    >
      <RefusalAlert message={action.refusal} />
      {kind === 'launch' && (
        <Form.Item
          name="localPlanReference"
          label={t('actions.submit.localPlanReference')}
          extra={t('actions.submit.localPlanReferenceHint')}
          rules={[{ required: true, whitespace: true, message: t('actions.submit.localPlanReferenceRequired') }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="summary"
        label={t(kind === 'launch' ? 'actions.submit.registration' : 'actions.submit.summary')}
        rules={[{ required: true, whitespace: true, message: t('actions.submit.summaryRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      {kpis.length > 0 && <KpiFields criteria={kpis} />}
      {kind === 'nomination' && <NominationFields awardForms={plan.awardForms} />}
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('action.submit')}
      </Button>
    </Form>
  );
}
