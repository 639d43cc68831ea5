import type { ObligationStatus, PhaseKind, PlanDefinition } from '@tdkt/domain';
import { Button, Divider, Typography } from 'antd';
import { useState } from 'react';
import { DecideObligationForm } from '../../actions/DecideObligationForm';
import { ExtensionDecisionForm } from '../../actions/ExtensionDecisionForm';
import { ExtensionRequestForm } from '../../actions/ExtensionRequestForm';
import { obligationActionsFor, type Official } from '../../actions/obligation-permissions';
import { SubmitObligationForm } from '../../actions/SubmitObligationForm';
import type { ObligationStep, ObligationTarget } from '../../api/action-queries';
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
  const may = obligationActionsFor(official, {
    unitCode: obligation.unitCode,
    reportsTo: obligation.reportsTo,
    status: obligation.status as ObligationStatus,
    dueAt: obligation.dueAt,
    extensionPending: extension !== null,
  });
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
          <ExtensionDecisionForm target={target} request={extension} dueAt={obligation.dueAt} roles={official.roles} />
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
          <DecideObligationForm target={target} roles={official.roles} />
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
