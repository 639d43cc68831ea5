import { App, Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography, type SelectProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { RefusalAlert } from '../../actions/RefusalAlert';
import { useGuardedAction } from '../../actions/use-guarded-action';
import {
  useDossierAction,
  type AwardDossier,
  type CouncilRuleView,
  type DossierActionBody,
  type DossierObjection,
  type RouteStep,
} from '../../api/award-queries';
import { toVietnamWallClock } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { centralBodyKey, stepKindKey } from './award-labels';
import { useDossierDelegation } from './dossier-delegation';
import { byPosition, droppedOf, runningNames, type DropValues } from './dossier-view';

// One form per action the dossier's rules let the official take now. Each is its own intent: it sends its action with
// a request id of its own, at most once at a time (useGuardedAction), and shows the API's refusal in its words.

type Body = Omit<DossierActionBody, 'requestId'>;

/**
 * The action on this dossier, its refusal placed on `fields` (a 400 naming none goes to `invalidField`); sent under the
 * delegation chosen above the forms, if any.
 */
function useDossierForm<TValues>(dossierId: string, fields: readonly string[] = [], invalidField?: string) {
  const t = useT();
  const delegationId = useDossierDelegation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const action = useGuardedAction(useDossierAction(dossierId), {
    form,
    fields,
    invalidField,
    onSuccess: () => {
      form.resetFields();
      void message.success(t('awards.act.done'));
    },
  });
  return { form, action, send: (body: Body) => action.run(delegationId ? { ...body, delegationId } : body) };
}

const Heading = ({ children }: { children: ReactNode }) => (
  <Typography.Title level={4} style={{ fontSize: 16 }}>
    {children}
  </Typography.Title>
);

interface PassValues {
  comment?: string;
  drops?: DropValues[];
}

/**
 * Propose, endorse, appraise, consult: pass the list on (leaving out names, each with the reason the nominating unit is
 * told), or decline it as a whole with the reason.
 */
export function PassDeclineForm({
  dossier,
  step,
  may,
}: {
  dossier: AwardDossier;
  step: RouteStep;
  may: { pass: boolean; decline: boolean };
}) {
  const t = useT();
  const { form, action, send } = useDossierForm<PassValues>(dossier.id, ['comment', 'dropped'], 'comment');
  const [chosen, setChosen] = useState<'pass' | 'decline'>('pass');
  const running = runningNames(dossier);
  const drops = Form.useWatch('drops', form);

  const act = async (which: 'pass' | 'decline') => {
    const { comment } = form.getFieldsValue();
    if (which === 'decline') {
      if (!comment?.trim()) {
        form.setFields([{ name: 'comment', errors: [t('awards.act.commentRequired')] }]);
        form.focusField('comment');
        return;
      }
      setChosen('decline');
      return send({ kind: 'decline', comment: comment.trim() });
    }
    // Only the reasons of the names ticked are checked: the others are not sent.
    const ticked = running.filter((name) => drops?.[name.index]?.drop).map((name) => ['drops', name.index, 'reason'] as const);
    try {
      await form.validateFields(ticked as never);
    } catch {
      return;
    }
    setChosen('pass');
    const dropped = droppedOf(
      form.getFieldValue('drops') as PassValues['drops'],
      running.map((name) => name.index),
    );
    send({ kind: 'pass', ...(dropped.length ? { dropped } : {}), ...(comment?.trim() ? { comment: comment.trim() } : {}) });
  };

  return (
    <Form<PassValues> form={form} name="dossier-pass" layout="vertical" data-testid="pass-form">
      <Heading>{t('awards.act.passHeading', { step: t(stepKindKey(step.kind)) })}</Heading>
      <RefusalAlert message={action.refusal} />
      {may.pass && running.length > 0 && (
        <fieldset className="dossier-form__fieldset">
          <legend className="dossier-form__legend">{t('awards.act.dropLegend')}</legend>
          {running.map((name) => (
            <div key={name.index} className="dossier-page__drop">
              <Form.Item name={['drops', name.index, 'drop']} valuePropName="checked" noStyle>
                <Checkbox>{t('awards.act.drop', { name: name.name })}</Checkbox>
              </Form.Item>
              {drops?.[name.index]?.drop && (
                <Form.Item
                  name={['drops', name.index, 'reason']}
                  label={t('awards.act.dropReason', { name: name.name })}
                  rules={[{ required: true, whitespace: true, message: t('awards.act.dropReasonRequired') }]}
                  style={{ marginTop: 8 }}
                >
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <Form.Item name="comment" label={t('awards.act.comment')} extra={may.decline ? t('awards.act.commentHint') : undefined}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        {may.pass && (
          <Button
            type="primary"
            onClick={() => void act('pass')}
            loading={action.pending && chosen === 'pass'}
            disabled={action.pending && chosen !== 'pass'}
          >
            {t('awards.act.pass')}
          </Button>
        )}
        {may.decline && (
          <Button
            danger
            onClick={() => void act('decline')}
            loading={action.pending && chosen === 'decline'}
            disabled={action.pending && chosen !== 'decline'}
          >
            {t('awards.act.decline')}
          </Button>
        )}
      </Space>
    </Form>
  );
}

interface ObjectValues {
  index?: number;
  text?: string;
}

/** While the list is posted, anyone may object to a name on it. */
export function ObjectForm({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const { form, action, send } = useDossierForm<ObjectValues>(dossier.id, ['index', 'text'], 'text');
  return (
    <Form<ObjectValues>
      form={form}
      name="dossier-object"
      layout="vertical"
      onFinish={(values) => send({ kind: 'object', index: values.index!, text: values.text!.trim() })}
      data-testid="object-form"
    >
      <Heading>{t('awards.act.objectHeading')}</Heading>
      <RefusalAlert message={action.refusal} />
      <Form.Item name="index" label={t('awards.act.objectName')} rules={[{ required: true, message: t('awards.act.objectNameRequired') }]}>
        <PlainSelect options={runningNames(dossier).map((name) => ({ value: name.index, label: name.name }))} />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('awards.act.objectText')}
        rules={[{ required: true, whitespace: true, message: t('awards.act.required') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('awards.act.object')}
      </Button>
    </Form>
  );
}

interface AnswerValues {
  upheld?: boolean;
  text?: string;
}

/** The appraiser answers an objection before the council sits: upheld (the name goes no further) or not. */
export function AnswerObjectionForm({ dossier, objection }: { dossier: AwardDossier; objection: DossierObjection }) {
  const t = useT();
  const { form, action, send } = useDossierForm<AnswerValues>(dossier.id, ['upheld', 'text'], 'text');
  const name = dossier.nominations[objection.index]?.name ?? String(objection.index + 1);
  return (
    <Form<AnswerValues>
      form={form}
      name={`dossier-answer-${objection.id}`}
      layout="vertical"
      onFinish={(values) =>
        send({ kind: 'answer_objection', objectionId: objection.id, upheld: values.upheld!, text: values.text!.trim() })
      }
      data-testid="answer-form"
    >
      <Heading>{t('awards.act.answerHeading', { name })}</Heading>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>“{objection.text}”</Typography.Paragraph>
      <RefusalAlert message={action.refusal} />
      <Form.Item name="upheld" label={t('awards.act.upheld')} rules={[{ required: true, message: t('awards.act.upheldRequired') }]}>
        <Radio.Group
          aria-label={t('awards.act.upheld')}
          options={[
            { value: true, label: t('awards.act.upheldYes', { name }) },
            { value: false, label: t('awards.act.upheldNo') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('awards.act.answerText')}
        rules={[{ required: true, whitespace: true, message: t('awards.act.required') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('awards.act.answer')}
      </Button>
    </Form>
  );
}

interface OpenValues {
  members?: number | null;
  present?: number | null;
}

/** The council's secretary opens the session with how many members it has and how many are present. */
export function OpenCouncilForm({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const { form, action, send } = useDossierForm<OpenValues>(dossier.id, ['members', 'present'], 'present');
  return (
    <Form<OpenValues>
      form={form}
      name="dossier-open-council"
      layout="vertical"
      onFinish={(values) => send({ kind: 'open_council', members: values.members!, present: values.present! })}
      data-testid="open-council-form"
    >
      <Heading>{t('awards.act.openHeading')}</Heading>
      <RefusalAlert message={action.refusal} />
      <div className="dossier-form__grid">
        <Form.Item name="members" label={t('awards.act.members')} rules={[{ required: true, message: t('awards.new.countRequired') }]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="present"
          label={t('awards.act.present')}
          dependencies={['members']}
          rules={[
            { required: true, message: t('awards.new.countRequired') },
            ({ getFieldValue }) => ({
              validator: (_, present: number | null | undefined) => {
                const members = getFieldValue('members') as number | null | undefined;
                return typeof present === 'number' && typeof members === 'number' && present > members
                  ? Promise.reject(new Error(t('awards.act.presentTooMany')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('awards.act.open')}
      </Button>
    </Form>
  );
}

type Choice = 'agree' | 'disagree' | 'abstain';
const CHOICES: readonly Choice[] = ['agree', 'disagree', 'abstain'];

/** A member's ballot: a choice for every name still in the running. */
export function VoteForm({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const { form, action, send } = useDossierForm<{ choices?: Record<number, Choice> }>(dossier.id, ['choices']);
  const running = runningNames(dossier);
  return (
    <Form<{ choices?: Record<number, Choice> }>
      form={form}
      name="dossier-vote"
      layout="vertical"
      onFinish={(values) =>
        send({
          kind: 'vote',
          choices: byPosition(
            running.map((name) => name.index),
            (index) => values.choices![index],
          ),
        })
      }
      data-testid="vote-form"
    >
      <Heading>{t('awards.act.voteHeading')}</Heading>
      <RefusalAlert message={action.refusal} />
      {running.map((name) => (
        <Form.Item
          key={name.index}
          name={['choices', name.index]}
          label={name.name}
          rules={[{ required: true, message: t('awards.act.choiceRequired', { name: name.name }) }]}
        >
          <Radio.Group
            aria-label={name.name}
            options={CHOICES.map((choice) => ({ value: choice, label: t(`awards.act.choice.${choice}` as MessageKey) }))}
          />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('awards.act.vote')}
      </Button>
    </Form>
  );
}

/** A member's score sheet: points per criterion, for every name still in the running. */
export function ScoreForm({ dossier, rule }: { dossier: AwardDossier; rule: CouncilRuleView | undefined }) {
  const t = useT();
  type Values = { points?: Record<number, Record<string, number | null>> };
  const { form, action, send } = useDossierForm<Values>(dossier.id, ['points']);
  const running = runningNames(dossier);
  const criteria = rule?.criteria ?? [];
  if (!criteria.length) return <Typography.Paragraph type="warning">{t('awards.act.noCriteria')}</Typography.Paragraph>;
  return (
    <Form<Values>
      form={form}
      name="dossier-score"
      layout="vertical"
      onFinish={(values) =>
        send({
          kind: 'score',
          points: byPosition(
            running.map((name) => name.index),
            (index) => Object.fromEntries(criteria.map((criterion) => [criterion.key, values.points?.[index]?.[criterion.key] ?? 0])),
          ),
        })
      }
      data-testid="score-form"
    >
      <Heading>{t('awards.act.scoreHeading')}</Heading>
      <RefusalAlert message={action.refusal} />
      {running.map((name) => (
        <fieldset key={name.index} className="dossier-form__fieldset">
          <legend className="dossier-page__ballot-name">{name.name}</legend>
          <div className="dossier-form__grid">
            {criteria.map((criterion) => (
              <Form.Item
                key={criterion.key}
                name={['points', name.index, criterion.key]}
                label={t('awards.act.points', { criterion: criterion.text, max: criterion.maxPoints })}
                rules={[
                  {
                    required: true,
                    type: 'number',
                    min: 0,
                    max: criterion.maxPoints,
                    message: t('awards.act.pointsRange', { max: criterion.maxPoints }),
                  },
                ]}
              >
                <InputNumber min={0} max={criterion.maxPoints} style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('awards.act.score')}
      </Button>
    </Form>
  );
}

/** An action that takes nothing but the official's word: close the council, sign the decision, sign the submission. */
export function ConfirmActionForm(props: {
  dossier: AwardDossier;
  kind: 'close_council' | 'decide' | 'forward';
  heading: string;
  hint: string;
  button: string;
}) {
  const { dossier, kind, heading, hint, button } = props;
  const { form, action, send } = useDossierForm<object>(dossier.id);
  return (
    <Form form={form} name={`dossier-${kind}`} layout="vertical" onFinish={() => send({ kind })} data-testid={`${kind}-form`}>
      <Heading>{heading}</Heading>
      <RefusalAlert message={action.refusal} />
      <Typography.Paragraph>{hint}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {button}
      </Button>
    </Form>
  );
}

/** The words of the confirm-only actions, for the panel. */
export function useConfirmWords(dossier: AwardDossier, step: RouteStep | undefined) {
  const t = useT();
  const count = runningNames(dossier).length;
  return {
    close_council: { heading: t('awards.act.closeHeading'), hint: t('awards.act.closeHint'), button: t('awards.act.close') },
    decide: { heading: t('awards.act.decideHeading'), hint: t('awards.act.decideHint', { count }), button: t('awards.act.decide') },
    forward: {
      heading: t('awards.act.forwardHeading'),
      hint: t('awards.act.forwardHint', { count, body: step?.forwardTo ? t(centralBodyKey(step.forwardTo)) : '' }),
      button: t('awards.act.forward'),
    },
  };
}

interface OutcomeValues {
  decisionNumber?: string;
  decidedOn?: string;
  awarded?: number[];
}

/** The province records what the central authority decided: its decision, its date and which names it awarded. */
export function CentralOutcomeForm({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const { form, action, send } = useDossierForm<OutcomeValues>(dossier.id, ['decisionNumber', 'decidedOn', 'awarded'], 'decisionNumber');
  const running = runningNames(dossier);
  return (
    <Form<OutcomeValues>
      form={form}
      name="dossier-central-outcome"
      layout="vertical"
      initialValues={{ awarded: running.map((name) => name.index) }}
      onFinish={(values) =>
        send({
          kind: 'record_central_outcome',
          decisionNumber: values.decisionNumber!.trim(),
          decidedOn: values.decidedOn!,
          awarded: values.awarded ?? [],
        })
      }
      data-testid="central-outcome-form"
    >
      <Heading>{t('awards.act.outcomeHeading')}</Heading>
      <RefusalAlert message={action.refusal} />
      <div className="dossier-form__grid">
        <Form.Item
          name="decisionNumber"
          label={t('awards.act.decisionNumber')}
          rules={[{ required: true, whitespace: true, message: t('awards.act.required') }]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('awards.act.decidedOn')} rules={[{ required: true, message: t('awards.act.required') }]}>
          <Input type="date" max={toVietnamWallClock(new Date()).slice(0, 10)} style={{ maxWidth: 220 }} />
        </Form.Item>
      </div>
      <Form.Item name="awarded" label={t('awards.act.awardedNames')}>
        <Checkbox.Group options={running.map((name) => ({ value: name.index, label: name.name }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('awards.act.recordOutcome')}
      </Button>
    </Form>
  );
}

/** Select without the `aria-required` Form.Item gives it, which ARIA does not allow on its container (axe). */
function PlainSelect({ 'aria-required': _required, ...props }: SelectProps & { 'aria-required'?: unknown }) {
  return <Select {...props} />;
}
