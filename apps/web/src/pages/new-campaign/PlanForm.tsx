import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form } from 'antd';
import type { PlanDefinition, TemplateOrgContext, YearOverrides } from '@tdkt/domain';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { RefusedRequest, useSubmitPlan, type UnitWithChildren } from '../../api/new-campaign-queries';
import { refusalOf, type FieldRefusal } from '../../api/refusal';
import { campaignPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { AwardFormsEditor } from './AwardFormsEditor';
import { checkInBrowser } from './browser-check';
import { pendingLevelOffset, submissionOf } from './fill-template';
import { levelsOfPlan } from './level-label';
import { CriteriaEditor } from './CriteriaEditor';
import { placeRefusal, type FieldName } from './field-paths';
import { GeneralSection } from './GeneralSection';
import { ParticipantsPicker } from './ParticipantsPicker';
import { PhaseEditor } from './PhaseEditor';
import { formToPlan, planToForm, type PlanFormValues } from './plan-form-model';
import { RefusalSummary, type ShownRefusal } from './RefusalSummary';

interface Props {
  /** The starting point; the form is remounted for another. */
  plan: PlanDefinition;
  org: TemplateOrgContext;
  levels: readonly string[];
  national: YearOverrides;
  units: ReadonlyMap<string, UnitWithChildren>;
  expand(code: string): Promise<void>;
  rootCode: string;
  readsBelow: boolean;
}

/**
 * The plan as a form, sent by its button only: Enter in one of its many inputs (a date picker confirms with it) must
 * not submit a plan for approval. Sending checks it with the domain's validator first, then submits it (POST /campaigns: the
 * drafter's creation is the submission up the approval chain); every refusal, the browser's or the API's, is shown
 * on the field it names.
 */
export function PlanForm({ plan, org, levels, national, units, expand, rootCode, readsBelow }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const initialValues = useMemo(() => planToForm(plan), [plan]);
  const formLevels = useMemo(() => levelsOfPlan(levels, levelsNamedIn(plan)), [levels, plan]);
  const levelsPending = formLevels.some((level) => pendingLevelOffset(level) !== undefined);
  const submit = useSubmitPlan();
  const [refusal, setRefusal] = useState<ShownRefusal | null>(null);
  const [errorGroups, setErrorGroups] = useState<number[]>([]);
  const marked = useRef<FieldName[]>([]);
  const summary = useRef<HTMLDivElement>(null);

  const show = (text: string, problems: readonly FieldRefusal[]) => {
    const placed = placeRefusal(problems, form.getFieldsValue(true) as PlanFormValues);
    // Names are built from the API's paths at run time, which antd's typed name paths cannot follow.
    form.setFields([...marked.current.map((name) => ({ name, errors: [] as string[] })), ...placed.fields] as never);
    marked.current = placed.fields.map((field) => field.name);
    setErrorGroups([...new Set(placed.fields.filter((f) => f.name[0] === 'participantGroups').map((f) => f.name[1] as number))]);
    setRefusal({ message: text, unmapped: placed.unmapped, onFields: placed.fields.length });
    const first = placed.fields[0]?.name;
    // The first marked field when there is one (focus follows, for keyboards and screen readers), else the summary.
    if (first)
      setTimeout(() => {
        form.scrollToField(first, { block: 'center' });
        form.focusField(first);
      }, 0);
    else summary.current?.scrollIntoView({ block: 'center' });
  };

  const send = () => {
    if (submit.isPending) return;
    const draft = formToPlan(form.getFieldsValue(true) as PlanFormValues);
    const issues = checkInBrowser(draft, org, national);
    if (issues.length) return show(t('newCampaign.refusal.browser', { count: issues.length }), issues);
    submit.mutate(submissionOf(draft), {
      onSuccess: (campaign) => {
        void message.success(t('newCampaign.submitted'));
        void navigate(campaignPath(campaign.id));
      },
      onError: (error) => {
        const read =
          error instanceof RefusedRequest
            ? refusalOf(error.status, error.body, t('newCampaign.submitFailed'))
            : { message: t('newCampaign.submitFailed'), fields: [] };
        show(read.message, read.fields);
      },
    });
  };

  const issuer = org.units.get(plan.issuer.unitCode);
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} className="plan-form">
      <div ref={summary}>{refusal && <RefusalSummary refusal={refusal} />}</div>
      {levelsPending && <Alert type="info" showIcon className="plan-levels-pending" message={t('newCampaign.levelsPending')} />}
      <GeneralSection issuerName={issuer?.name ?? plan.issuer.unitCode} issuerCode={plan.issuer.unitCode} />
      <ParticipantsPicker
        form={form}
        org={org}
        levels={formLevels}
        units={units}
        expand={expand}
        rootCode={rootCode}
        issuerCode={plan.issuer.unitCode}
        readsBelow={readsBelow}
      />
      <CriteriaEditor form={form} levels={formLevels} openGroups={errorGroups} />
      <AwardFormsEditor form={form} />
      <PhaseEditor form={form} levels={formLevels} national={national} plan={plan} />
      <div className="plan-form__submit">
        <Button
          type="primary"
          htmlType="button"
          onClick={send}
          icon={<SendOutlined aria-hidden />}
          loading={submit.isPending}
          disabled={submit.isPending}
        >
          {t('newCampaign.submit')}
        </Button>
        <span className="plan-form__submit-hint">{t('newCampaign.submitHint')}</span>
      </div>
    </Form>
  );
}

/** Every level code the plan writes: who takes part, who is in which group, whose deadline is which. */
function levelsNamedIn(plan: PlanDefinition): string[] {
  return [
    ...(plan.participants.levels ?? []),
    ...plan.participantGroups.flatMap((group) => group.match.levels ?? []),
    ...plan.stages.flatMap((stage) => stage.phases.flatMap((phase) => Object.keys(phase.dueByLevel))),
  ];
}
