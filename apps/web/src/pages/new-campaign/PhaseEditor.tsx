import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { PHASE_KIND_VALUES, toLocalDate, WorkingDayCalendar, type PlanDefinition, type YearOverrides } from '@tdkt/domain';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { assumedIssue, dueRowKey, openingKey, previewPlan, showDate, type DeadlinePreview as Preview } from './deadline-preview';
import { DeadlinePreview } from './DeadlinePreview';
import { DueSpecInput, type AnchorOption } from './DueSpecInput';
import { levelLabel } from './level-label';
import { DEFAULT_LEVEL, formToPlan, freshKey, type PhaseValues, type PlanFormValues, type StageValues } from './plan-form-model';

const PLAN_PHASE_KINDS = PHASE_KIND_VALUES.filter((kind) => kind !== 'request');

interface Props {
  form: FormInstance<PlanFormValues>;
  /** The tree's levels, top first. */
  levels: readonly string[];
  national: YearOverrides;
  plan: Pick<PlanDefinition, 'issuedOn' | 'calendarOverrides'>;
}

function calendarFor(national: YearOverrides, overrides: YearOverrides | undefined): WorkingDayCalendar {
  try {
    return new WorkingDayCalendar({ national, overrides });
  } catch {
    // The plan's own overrides are broken: the validator says where; the preview counts on the national calendar.
    return new WorkingDayCalendar({ national });
  }
}

/** Stages and their phases, each with its opening and its due date per level, and the date each comes to. */
export function PhaseEditor({ form, levels, national, plan }: Props) {
  const t = useT();
  const [today] = useState(() => new Date());
  const watched = Form.useWatch('stages', { form, preserve: true }) as StageValues[] | undefined;
  const stages = useMemo(() => watched ?? [], [watched]);
  const computed = useMemo(() => {
    const { stages: planStages } = formToPlan({ stages } as PlanFormValues);
    const issuedAt = assumedIssue({ issuedOn: plan.issuedOn, stages: planStages }, today);
    const previews = previewPlan(
      { ...plan, stages: planStages } as PlanDefinition,
      levels,
      calendarFor(national, plan.calendarOverrides),
      issuedAt,
    );
    return { issuedAt, previews };
  }, [stages, plan, levels, national, today]);
  const phases = stages.flatMap((stage) => stage?.phases ?? []).filter(Boolean);
  const phaseName = (key: string) => phases.find((phase) => phase.key === key)?.name;
  const anchors: AnchorOption[] = [
    { value: 'issued', label: t('newCampaign.anchor.issuedOption') },
    ...phases.flatMap((phase) => [
      { value: `${phase.key}.opens`, label: t('newCampaign.anchor.opensOption', { phase: phase.name || phase.key }) },
      { value: `${phase.key}.due`, label: t('newCampaign.anchor.dueOption', { phase: phase.name || phase.key }) },
    ]),
  ];
  const allKeys = (prefix: 'stages' | 'phases') =>
    prefix === 'stages' ? stages.map((stage) => stage?.key ?? '') : phases.map((phase) => phase.key);

  return (
    <section aria-labelledby="new-campaign-phases" className="plan-section">
      <Typography.Title level={3} id="new-campaign-phases">
        {t('newCampaign.section.phases')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('newCampaign.phases.hint', { date: showDate(toLocalDate(computed.issuedAt)) })}
      </Typography.Paragraph>
      <Form.List name="stages">
        {(stageFields, { add: addStage, remove: removeStage }) => (
          <>
            {stageFields.map((stageField) => (
              <div key={stageField.key} className="plan-stage">
                <Typography.Title level={4}>
                  {t('newCampaign.stage.heading', { n: stageField.name + 1, name: stages[stageField.name]?.name ?? '' })}
                </Typography.Title>
                <Form.Item name={[stageField.name, 'name']} label={t('newCampaign.stage.name')}>
                  <Input />
                </Form.Item>
                <Form.List name={[stageField.name, 'phases']}>
                  {(phaseFields, { add, remove }) => (
                    <>
                      {phaseFields.map((phaseField) => (
                        <PhaseFields
                          key={phaseField.key}
                          stage={stageField.name}
                          phase={phaseField.name}
                          values={stages[stageField.name]?.phases?.[phaseField.name]}
                          levels={levels}
                          anchors={anchors}
                          previews={computed.previews}
                          phaseName={phaseName}
                          onRemove={() => remove(phaseField.name)}
                        />
                      ))}
                      <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(newPhase(allKeys('phases')))}>
                        {t('newCampaign.phase.add')}
                      </Button>
                    </>
                  )}
                </Form.List>
                <Button type="text" icon={<DeleteOutlined aria-hidden />} onClick={() => removeStage(stageField.name)}>
                  {t('newCampaign.stage.remove', { n: stageField.name + 1 })}
                </Button>
              </div>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => addStage({ key: freshKey('giai-doan', allKeys('stages')), name: '', phases: [] } satisfies StageValues)}
            >
              {t('newCampaign.stage.add')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}

function newPhase(taken: string[]): PhaseValues {
  return {
    key: freshKey('buoc', taken),
    kind: 'launch',
    name: '',
    opensAt: { kind: 'date' },
    dues: [{ level: DEFAULT_LEVEL, spec: { kind: 'date' } }],
  };
}

interface PhaseProps {
  stage: number;
  phase: number;
  values: PhaseValues | undefined;
  levels: readonly string[];
  anchors: AnchorOption[];
  previews: Map<string, Preview>;
  phaseName: (key: string) => string | undefined;
  onRemove(): void;
}

function PhaseFields({ stage, phase, values, levels, anchors, previews, phaseName, onRemove }: PhaseProps) {
  const t = useT();
  const path = ['stages', stage, 'phases', phase];
  const key = values?.key ?? '';
  const rows = values?.dues ?? [];
  const levelOptions = [DEFAULT_LEVEL, ...levels].map((level) => ({ value: level, label: levelLabel(level, t) }));
  return (
    <fieldset className="plan-phase">
      <legend>{t('newCampaign.phase.legend', { n: phase + 1, name: values?.name ?? '' })}</legend>
      <div className="plan-phase__head">
        <Form.Item name={[phase, 'kind']} label={t('newCampaign.phase.kind')} className="plan-phase__kind">
          <Select options={PLAN_PHASE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name={[phase, 'name']} label={t('newCampaign.phase.name')} className="plan-phase__name">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </div>
      <div className="plan-phase__dates">
        <h5 className="plan-phase__subheading">{t('newCampaign.phase.opensAt')}</h5>
        <DueSpecInput name={[phase, 'opensAt']} path={[...path, 'opensAt']} anchors={anchors} opening />
        <DeadlinePreview preview={previews.get(openingKey(key))} what="opens" previewKey={openingKey(key)} phaseName={phaseName} />
      </div>
      {values?.kind === 'implementation' && (
        <Form.Item name={[phase, 'progressEvery', 'months']} label={t('newCampaign.phase.progressMonths')}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
      )}
      <h5 className="plan-phase__subheading">{t('newCampaign.phase.dues')}</h5>
      <Form.List name={[phase, 'dues']}>
        {(dueFields, { add, remove }, { errors }) => (
          <>
            {dueFields.map((dueField) => {
              const level = rows[dueField.name]?.level ?? DEFAULT_LEVEL;
              return (
                <div key={dueField.key} className="plan-due">
                  <Form.Item name={[dueField.name, 'level']} label={t('newCampaign.due.level')} className="plan-due__level">
                    <Select options={levelOptions} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('newCampaign.due.remove', { level: levelLabel(level, t) })}
                    onClick={() => remove(dueField.name)}
                  />
                  <DueSpecInput name={[dueField.name, 'spec']} path={[...path, 'dues', dueField.name, 'spec']} anchors={anchors} />
                  <DeadlinePreview
                    preview={previews.get(dueRowKey(key, level))}
                    what="due"
                    previewKey={dueRowKey(key, level)}
                    phaseName={phaseName}
                  />
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                const used = rows.map((row) => row.level);
                add({ level: [...levels, DEFAULT_LEVEL].find((l) => !used.includes(l)) ?? DEFAULT_LEVEL, spec: { kind: 'date' } });
              }}
            >
              {t('newCampaign.due.add')}
            </Button>
          </>
        )}
      </Form.List>
      <div className="plan-phase__actions">
        <Button type="text" icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
          {t('newCampaign.phase.remove', { n: phase + 1 })}
        </Button>
      </div>
    </fieldset>
  );
}
