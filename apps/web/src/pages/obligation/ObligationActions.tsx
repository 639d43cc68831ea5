import type { ObligationStatus, PhaseKind, PlanDefinition } from '@tdkt/domain';
import { Button, Divider, Typography } from 'antd';
import { useState } from 'react';
import { DecideObligationForm } from '../../actions/DecideObligationForm';
import { ExtensionDecisionForm } from '../../actions/ExtensionDecisionForm';
import { ExtensionRequestForm } from '../../actions/ExtensionRequestForm';
import { obligationActionsFor, type Official } from '../../actions/obligation-permissions';
import { SubmitObligationForm } from '../../actions/SubmitObligationForm';
import { useDelegationForStep, type ObligationStep, type ObligationTarget } from '../../api/action-queries';
import type { UnitProgress } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';

/** The actions the signed-in official may take on the obligation now, and only those. */
export function ObligationActions(props: {
  target: ObligationTarget;
  obligation: UnitProgress;
  plan: PlanDefinition;
  official: Official;
  extension: ObligationStep | null;
}) {
  const { target, obligation, plan, official, extension } = props;
  const t = useT();
  const [askingForTime, setAskingForTime] = useState(false);
  const situation = {
    unitCode: obligation.unitCode,
    reportsTo: obligation.reportsTo,
    status: obligation.status as ObligationStatus,
    dueAt: obligation.dueAt,
    extensionPending: extension !== null,
  };
  // A delegation is looked for only where the official's own roles fall short: in their own right they decide in their name.
  const own = obligationActionsFor(official, situation);
  const asked = obligationActionsFor(official, situation, { decide: true, decideExtension: true });
  const { campaignId } = target;
  const reportDelegation = useDelegationForStep(
    asked.decide && !own.decide ? { kind: 'report_approval', campaignId, unitCode: obligation.unitCode } : null,
  );
  const extensionDelegation = useDelegationForStep(
    asked.decideExtension && !own.decideExtension ? { kind: 'extension_decision', campaignId, unitCode: obligation.reportsTo } : null,
  );
  const may = obligationActionsFor(official, situation, { decide: !!reportDelegation, decideExtension: !!extensionDelegation });
  const heading = (key: Parameters<typeof t>[0]) => (
    <Typography.Title level={4} style={{ fontSize: 16 }}>
      {t(key)}
    </Typography.Title>
  );

  if (!may.submit && !may.decide && !may.requestExtension && !may.decideExtension)
    return <Typography.Paragraph type="secondary">{t('actions.none')}</Typography.Paragraph>;
  return (
    <>
      {may.decideExtension && extension && (
        <section>
          {heading('actions.extension.decideHeading')}
          <ExtensionDecisionForm
            target={target}
            request={extension}
            dueAt={obligation.dueAt}
            roles={official.roles}
            delegation={extensionDelegation}
          />
          {(may.submit || may.decide) && <Divider />}
        </section>
      )}
      {may.submit && (
        <section>
          {heading('actions.submit.heading')}
          <SubmitObligationForm target={target} kind={obligation.kind as PhaseKind} content={obligation.content} plan={plan} />
        </section>
      )}
      {may.decide && (
        <section>
          {heading('actions.decide.heading')}
          <DecideObligationForm target={target} roles={official.roles} delegation={reportDelegation} />
        </section>
      )}
      {may.requestExtension && (
        <section>
          <Divider />
          {askingForTime ? (
            <>
              {heading('actions.extension.requestHeading')}
              <ExtensionRequestForm target={target} dueAt={obligation.dueAt} onDone={() => setAskingForTime(false)} />
            </>
          ) : (
            <Button onClick={() => setAskingForTime(true)}>{t('actions.extension.open')}</Button>
          )}
        </section>
      )}
    </>
  );
}
