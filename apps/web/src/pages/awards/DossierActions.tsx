import { Divider, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import type { AwardDossier } from '../../api/award-queries';
import { useT } from '../../i18n/i18n-context';
import {
  AnswerObjectionForm,
  CentralOutcomeForm,
  ConfirmActionForm,
  ObjectForm,
  OpenCouncilForm,
  PassDeclineForm,
  ScoreForm,
  useConfirmWords,
  VoteForm,
} from './DossierActionForms';
import { councilRule, currentStep } from './dossier-view';

/**
 * The actions the signed-in official may take on the dossier now: exactly those the API lists in `myActions`, which it
 * asks of the dossier's own rules. Nothing else is offered, so no button leads to a refusal the page could foresee.
 */
export function DossierActions({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const may = new Set(dossier.myActions);
  const step = currentStep(dossier);
  const words = useConfirmWords(dossier, step);
  const forms: { key: string; form: ReactNode }[] = [];

  if (step && (may.has('pass') || may.has('decline')))
    forms.push({
      key: 'pass',
      form: <PassDeclineForm dossier={dossier} step={step} may={{ pass: may.has('pass'), decline: may.has('decline') }} />,
    });
  if (may.has('answer_objection'))
    for (const objection of dossier.objections.filter((candidate) => candidate.answer === undefined))
      forms.push({ key: `answer-${objection.id}`, form: <AnswerObjectionForm dossier={dossier} objection={objection} /> });
  if (may.has('object')) forms.push({ key: 'object', form: <ObjectForm dossier={dossier} /> });
  if (may.has('open_council')) forms.push({ key: 'open', form: <OpenCouncilForm dossier={dossier} /> });
  if (may.has('vote')) forms.push({ key: 'vote', form: <VoteForm dossier={dossier} /> });
  if (may.has('score')) forms.push({ key: 'score', form: <ScoreForm dossier={dossier} rule={councilRule(dossier)} /> });
  for (const kind of ['close_council', 'decide', 'forward'] as const)
    if (may.has(kind)) forms.push({ key: kind, form: <ConfirmActionForm dossier={dossier} kind={kind} {...words[kind]} /> });
  if (may.has('record_central_outcome')) forms.push({ key: 'outcome', form: <CentralOutcomeForm dossier={dossier} /> });

  if (!forms.length) return <Typography.Paragraph type="secondary">{t('awards.act.none')}</Typography.Paragraph>;
  return (
    <div data-testid="dossier-actions">
      {forms.map(({ key, form }, i) => (
        <Fragment key={key}>
          {i > 0 && <Divider />}
          {form}
        </Fragment>
      ))}
    </div>
  );
}
