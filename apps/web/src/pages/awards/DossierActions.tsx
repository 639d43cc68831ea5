import { Divider, Typography } from 'antd';
import { Fragment, useState, type ReactNode } from 'react';
import { DelegationNote } from '../../actions/DelegationNote';
import type { AwardDossier } from '../../api/award-queries';
import { useT } from '../../i18n/i18n-context';
import { actingChoices, chosenCapacity } from './acting-choices';
import { ActingCapacityChoice } from './ActingCapacityChoice';
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
import { DossierDelegationContext } from './dossier-delegation';
import { councilRule, currentStep } from './dossier-view';

/**
 * The actions the signed-in official may take on the dossier now: exactly those the API lists in `myActions`, which it
 * asks of the dossier's own rules, and in `delegatedActions` those it would take from them in a leader's place. Nothing
 * else is offered, so no button leads to a refusal the page could foresee. Who may act both in their own right and for a
 * leader chooses which; acting for a leader, a note says whose place they take, and the forms send the delegation (TUQ.).
 */
export function DossierActions({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const choices = actingChoices(dossier);
  const [chosenKey, setChosenKey] = useState<string>();
  const acting = chosenCapacity(choices, chosenKey);
  if (!acting) return <Typography.Paragraph type="secondary">{t('awards.act.none')}</Typography.Paragraph>;
  return (
    <>
      {choices.length > 1 && <ActingCapacityChoice choices={choices} value={acting.key} onChange={setChosenKey} />}
      {acting.delegation && <DelegationNote delegation={acting.delegation} />}
      <DossierDelegationContext.Provider value={acting.delegation?.id}>
        {/* Keyed by capacity: a form half-filled in one capacity is not sent in another. */}
        <ActionForms key={acting.key} dossier={dossier} may={acting.actions} />
      </DossierDelegationContext.Provider>
    </>
  );
}

/** One form per action the official may take in the chosen capacity. */
function ActionForms({ dossier, may }: { dossier: AwardDossier; may: ReadonlySet<string> }) {
  const t = useT();
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
