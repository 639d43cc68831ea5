import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, List, Space, Steps, Table, Tag, Timeline, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { capacityLabelKey } from '../../actions/CapacityField';
import {
  fetchDossierDocument,
  type AwardDossier,
  type DossierDocument,
  type DossierNomination,
  type RouteStep,
} from '../../api/award-queries';
import { formatDate, formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { openBlankWindow } from '../audit/export-file';
import {
  centralBodyKey,
  DOSSIER_STATUS_COLORS,
  dossierStatusKey,
  knownStepKindKey,
  nomineeKindKey,
  recordKindKey,
  roleKey,
  STANDING_COLORS,
  standingKey,
  stepKindKey,
} from './award-labels';
import { routeProgress } from './dossier-view';

// The parts of a dossier's page that show, and do not act: its facts, its route, its names, the council, the
// objections, the printed documents and the record.

/** What the dossier is, whose, where it stands and, once signed, its decision. */
export function DossierFacts({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const decision = dossier.decision;
  const central = dossier.centralOutcome;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      items={[
        { key: 'unit', label: t('awards.dossier.unit'), children: dossier.nominatingUnitCode },
        { key: 'deciding', label: t('awards.dossier.decidingUnit'), children: dossier.decidingUnitCode },
        { key: 'year', label: t('awards.dossier.year'), children: dossier.year },
        {
          key: 'status',
          label: t('awards.dossier.status'),
          children: (
            <Tag color={DOSSIER_STATUS_COLORS[dossier.status]} data-testid="dossier-status">
              {t(dossierStatusKey(dossier.status))}
            </Tag>
          ),
        },
        { key: 'submitted', label: t('awards.dossier.submittedAt'), children: formatDateTime(new Date(dossier.submittedAt)) },
        ...(decision || central
          ? [
              {
                key: 'decision',
                label: t('awards.dossier.decision'),
                children: (
                  <span data-testid="dossier-decision">
                    {decision &&
                      t('awards.dossier.decisionText', {
                        number: decision.number,
                        signer: decision.capacity
                          ? `${decision.signerName} (${t(capacityLabelKey(decision.capacity))})`
                          : decision.signerName,
                        at: formatDateTime(new Date(decision.signedAt)),
                      })}
                    {central &&
                      t('awards.dossier.central', { number: central.decisionNumber, date: formatDate(new Date(central.decidedOn)) })}
                  </span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The route as steps, the one waiting highlighted: who acts at each (unit, role) and in how many working days. */
export function DossierRoute({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const steps = dossier.route as RouteStep[];
  const progress = routeProgress(dossier);
  return (
    <Steps
      direction="vertical"
      size="small"
      current={progress.current}
      status={progress.status}
      data-testid="dossier-route"
      items={steps.map((step, index) => ({
        title: t(stepKindKey(step.kind)),
        description: (
          <>
            <div>{t('awards.route.unit', { units: step.actingUnits.join(', ') })}</div>
            <div>{t('awards.route.role', { role: t(roleKey(step.role)), days: step.workingDays })}</div>
            {step.postingWorkingDays !== undefined && <div>{t('awards.route.posting', { days: step.postingWorkingDays })}</div>}
            {step.kind === 'post' && index === dossier.stepIndex && dossier.postingEndsAt && (
              <div>{t('awards.route.postingEnds', { at: formatDateTime(new Date(dossier.postingEndsAt)) })}</div>
            )}
            {step.forwardTo && <div>{t('awards.route.forwardTo', { body: t(centralBodyKey(step.forwardTo)) })}</div>}
          </>
        ),
      }))}
    />
  );
}

/** A nominee's identifying details as the list gave them, beside the name. */
function detailsOf(nomination: DossierNomination): string {
  const nominee = nomination.nominee;
  switch (nominee.kind) {
    case 'individual':
      return nominee.position ?? '';
    case 'collective':
      return nominee.unitCode ?? '';
    case 'household':
      return nominee.address ?? '';
    case 'enterprise':
      return [nominee.taxCode, nominee.address].filter(Boolean).join(' · ');
  }
}

/** The names on the list and where each stands: awarded (by which decision), stopped (at which step, why), or still under way. */
export function DossierNames({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const columns: TableColumnsType<DossierNomination> = [
    { title: t('awards.names.column.index'), key: 'index', width: 64, render: (_, nomination) => nomination.index + 1 },
    {
      title: t('awards.names.column.name'),
      key: 'name',
      render: (_, nomination) => (
        <>
          <Typography.Text strong>{nomination.name}</Typography.Text>
          {detailsOf(nomination) && (
            <div>
              <Typography.Text type="secondary">{detailsOf(nomination)}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('awards.names.column.kind'),
      key: 'kind',
      responsive: ['md'],
      render: (_, nomination) => t(nomineeKindKey(nomination.nominee.kind)),
    },
    {
      title: t('awards.names.column.achievements'),
      key: 'achievements',
      responsive: ['lg'],
      render: (_, nomination) => (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{nomination.achievements}</Typography.Paragraph>
          {nomination.initiative && <div>{t('awards.names.initiative', { title: nomination.initiative.title })}</div>}
        </>
      ),
    },
    {
      title: t('awards.names.column.standing'),
      key: 'standing',
      render: (_, { standing }) => {
        const step = knownStepKindKey(standing.stepKind);
        return (
          <>
            <Tag color={STANDING_COLORS[standing.status]}>{t(standingKey(standing.status))}</Tag>
            {standing.status === 'awarded' && standing.decisionNumber && (
              <div>{t('awards.standing.decision', { number: standing.decisionNumber })}</div>
            )}
            {standing.status === 'not_awarded' && (
              <div>{t('awards.standing.stopped', { step: step ? t(step) : (standing.stepKind ?? ''), reason: standing.reason ?? '' })}</div>
            )}
          </>
        );
      },
    },
  ];
  return (
    <Table<DossierNomination>
      rowKey="index"
      size="small"
      columns={columns}
      dataSource={dossier.nominations}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      onRow={(nomination) => ({ 'data-testid': `nominee-${nomination.index}` }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

/** The council's session: how many have voted (never how), whether I have, and once closed the result per name. */
export function DossierCouncil({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const council = dossier.council;
  if (!council) return <Typography.Paragraph type="secondary">{t('awards.council.notOpen')}</Typography.Paragraph>;
  return (
    <div data-testid="dossier-council">
      <Typography.Paragraph>
        {t('awards.council.opened', { at: formatDateTime(new Date(council.openedAt)), present: council.present, members: council.members })}
      </Typography.Paragraph>
      <Space wrap>
        <Tag>{t('awards.council.ballots', { cast: council.ballotsCast, members: council.members })}</Tag>
        {council.iVoted && <Tag color="green">{t('awards.council.iVoted')}</Tag>}
      </Space>
      {council.closedAt && (
        <>
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('awards.council.closed', { at: formatDateTime(new Date(council.closedAt)) })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={Object.entries(council.result ?? {})}
            renderItem={([index, outcome]) => (
              <List.Item>
                <Space wrap>
                  <Typography.Text strong>{dossier.nominations[Number(index)]?.name ?? Number(index) + 1}</Typography.Text>
                  <Tag color={outcome.passed ? 'green' : 'red'}>
                    {t(outcome.passed ? 'awards.council.passed' : 'awards.council.failed')}
                  </Tag>
                  {outcome.summary && <Typography.Text type="secondary">{outcome.summary}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  );
}

/** The objections filed while the list was posted, each with its answer once given. */
export function DossierObjections({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={dossier.objections}
      renderItem={(objection) => (
        <List.Item>
          <div>
            <Typography.Text type="secondary">
              {t('awards.objection.filed', {
                name: objection.filedByName,
                nominee: dossier.nominations[objection.index]?.name ?? objection.index + 1,
                at: formatDateTime(new Date(objection.filedAt)),
              })}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>“{objection.text}”</Typography.Paragraph>
            {objection.answer !== undefined ? (
              <>
                <Tag color={objection.upheld ? 'red' : 'default'}>
                  {t(objection.upheld ? 'awards.objection.upheld' : 'awards.objection.rejected')}
                </Tag>
                <Typography.Text type="secondary">
                  {t('awards.objection.answered', {
                    name: objection.answeredByName ?? '',
                    at: objection.answeredAt ? formatDateTime(new Date(objection.answeredAt)) : '',
                  })}
                </Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{objection.answer}</Typography.Paragraph>
              </>
            ) : (
              <Tag color="orange">{t('awards.objection.open')}</Tag>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}

/** How long a document's address lives: long enough to read, save or print it, then its memory is freed. */
const DOCUMENT_LIFETIME_MS = 10 * 60_000;

/**
 * The signed decision and each awarded name's certificate, as PDF files. They need the token, which a plain link cannot
 * carry: each is fetched and shown from memory in a window opened while the click still counts as the official's.
 */
export function DossierDocuments({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const open = async (key: string, document: DossierDocument) => {
    const target = openBlankWindow();
    if (!target) return void message.warning(t('awards.documents.popupBlocked'));
    setBusy(key);
    try {
      const url = URL.createObjectURL(await fetchDossierDocument(dossier.id, document));
      target.location.replace(url);
      setTimeout(() => URL.revokeObjectURL(url), DOCUMENT_LIFETIME_MS);
    } catch {
      target.close();
      void message.error(t('awards.documents.failed'));
    } finally {
      setBusy(null);
    }
  };
  const awarded = dossier.nominations.filter((nomination) => nomination.standing.status === 'awarded');
  const button = (key: string, label: string, document: DossierDocument) => (
    <Button
      key={key}
      icon={<FilePdfOutlined aria-hidden />}
      loading={busy === key}
      disabled={busy !== null}
      onClick={() => void open(key, document)}
    >
      {label}
      <span className="awards-visually-hidden"> {t('awards.documents.newWindow')}</span>
    </Button>
  );
  return (
    <Space wrap data-testid="dossier-documents">
      {button('decision', t('awards.documents.decision'), { kind: 'decision' })}
      {awarded.map((nomination) =>
        button(`certificate-${nomination.index}`, t('awards.documents.certificate', { name: nomination.name }), {
          kind: 'certificate',
          index: nomination.index,
        }),
      )}
    </Space>
  );
}

/** Who did what to the dossier and when, from the list's sending on, with the comments. */
export function DossierRecord({ dossier }: { dossier: AwardDossier }) {
  const t = useT();
  const items = [
    {
      key: 'submitted',
      color: 'blue',
      children: (
        <>
          <Typography.Text strong>{t('awards.record.submitted')}</Typography.Text>
          {' — '}
          {dossier.nominatingUnitCode}
          <div>
            <Typography.Text type="secondary">{formatDateTime(new Date(dossier.submittedAt))}</Typography.Text>
          </div>
        </>
      ),
    },
    ...dossier.actions.map((action, i) => {
      const step = knownStepKindKey(action.stepKind);
      return {
        key: `${action.at}-${i}`,
        color: action.kind === 'decline' ? 'red' : action.kind === 'decide' ? 'green' : 'blue',
        children: (
          <>
            <Typography.Text strong>{t(recordKindKey(action.kind))}</Typography.Text>
            {' — '}
            {action.actorName} ({action.actorUnitCode})
            {action.delegatedByFullName ? ` · ${t('actions.history.delegatedBy', { name: action.delegatedByFullName })}` : ''}
            {step ? ` · ${t('awards.record.atStep', { step: t(step) })}` : ''}
            <div>
              <Typography.Text type="secondary">{formatDateTime(new Date(action.at))}</Typography.Text>
            </div>
            {action.comment && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>“{action.comment}”</Typography.Paragraph>
            )}
          </>
        ),
      };
    }),
  ];
  return <Timeline data-testid="dossier-record" items={items} />;
}
