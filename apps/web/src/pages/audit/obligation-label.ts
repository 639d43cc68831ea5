import { splitPeriodKey, type PlanDefinition } from '@tdkt/domain';
import type { Translate } from '../../i18n/i18n-context';
import { dossierOfLogKey } from '../awards/award-labels';

// What a step was about, as the log keys it. The workflows build these keys (workflows/src): a phase (`so-ket-2023`),
// one period of it (`bao-cao#2025-Q1`), a leader's task on it (`…:approval#2`, `…:extension#1`), or a step of the
// plan's own approval (`plan:<step>#<round>`, `plan:revise#<round>`), or an award dossier (`award:<dossierId>`). The page
// names each from the plan.

const PLAN_STEP = /^plan:([^#]+)#(\d+)$/;
const LEADER_TASK = /^(.+):(approval|extension)#(\d+)$/;

function phaseName(key: string, plan: PlanDefinition | undefined, t: Translate): string {
  const { phaseKey, period } = splitPeriodKey(key);
  const phase = plan?.stages.flatMap((stage) => stage.phases).find((p) => p.key === phaseKey);
  if (!phase) return key;
  return period ? t('audit.obligation.period', { name: phase.name, period }) : phase.name;
}

/** The step's subject in words: the phase's name, the approval step's label; the key itself when the plan does not name it. */
export function describeObligation(key: string | null, plan: PlanDefinition | undefined, t: Translate): string | null {
  if (key === null) return null;
  if (dossierOfLogKey(key)) return t('kind.award_step');
  const planStep = PLAN_STEP.exec(key);
  if (planStep) {
    const [, stepKey, round] = planStep;
    if (stepKey === 'revise') return t('audit.obligation.planRevision', { round });
    const step = plan?.approvalChain.find((s) => s.key === stepKey);
    return t('audit.obligation.planStep', { step: step?.label ?? stepKey, round });
  }
  const task = LEADER_TASK.exec(key);
  if (task) {
    const [, obligation, kind, round] = task;
    const name = phaseName(obligation, plan, t);
    return kind === 'approval'
      ? t('audit.obligation.reportApproval', { name, round })
      : t('audit.obligation.extensionDecision', { name, round });
  }
  return phaseName(key, plan, t);
}
