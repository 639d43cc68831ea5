import { In } from 'typeorm';
import { MAIL_RETRY_WORKFLOW_ID } from '@tdkt/contracts';
import { PlanDefinition, SUBMITTING_ROLES } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { NotificationEntity, NotificationStore, ParticipantRoster } from '@tdkt/persistence';
import { compressPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';

/** Seed 003 cut to its launch, opening at issue: every unit's first step is its projection and its "new task" notice. */
const LAUNCH = (template as unknown as PlanDefinition).stages[0].phases.find((p) => p.key === 'phat-dong')!.name;
const plan: PlanDefinition = (() => {
  const seed = template as unknown as PlanDefinition;
  const stage = { ...seed.stages[0], phases: seed.stages[0].phases.filter((p) => p.key === 'phat-dong') };
  return compressPlan({ ...seed, stages: [stage] }, stage.key, { 'phat-dong': { opens: 0, due: { default: 3600 } } }, seed.reminders);
})();

/** A unit's "new task" mail: the plan's own approval steps send theirs under another subject, and are let through. */
const unitTask = (mail: { subject?: string }) => !!mail.subject?.startsWith('[Việc mới] ') && mail.subject.includes(LAUNCH);

/**
 * A relay that refuses mail must hold back neither a unit's inbox row (its projection and its notice go out in one
 * activity), nor an official's click, nor a plan's launch; every refused e-mail must still go out, once, when the relay
 * takes mail again (the mail retry workflow sends it).
 */
describe('a mail relay refusing mail', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start();
  });
  afterAll(() => system?.stop());

  it('holds back no unit’s inbox row, and each new-task e-mail goes out once when the relay accepts again', async () => {
    system.smtp.refuseMail(unitTask);
    const { flow } = await draftAndSign(system, plan);
    const units = await eventually('the campaign’s participants frozen', async () => {
      const all = await new ParticipantRoster(system.app.dataSource).of(flow.campaignId);
      return all.length > 0 && all.filter((p) => p.unitCode !== p.reportsTo).map((p) => p.unitCode);
    });
    await eventually('every unit’s launch open', async () => {
      const rows = await flow.progress();
      return units.every((unit) => rows.some((r) => r.unitCode === unit && r.status === 'open'));
    });
    const notices = system.app.dataSource.getRepository(NotificationEntity);
    // The units' own, not the plan's approval steps' (which are tasks too, for the province's officials).
    const taskNotices = async () =>
      (await notices.findBy({ campaignId: flow.campaignId, kind: 'task' })).filter((n) => units.includes(n.dedupeKey.split('|')[1]));
    // Recorded for each unit's officials while the relay refused their e-mail: the notice waited for no mail either.
    const store = new NotificationStore(system.app.dataSource);
    const officialsToTell = (await Promise.all(units.map((unit) => store.recipientsOf(unit, SUBMITTING_ROLES)))).flat().length;
    expect(officialsToTell).toBeGreaterThan(0);
    const refused = await eventually('each official’s notice recorded, its e-mail refused', async () => {
      const rows = await taskNotices();
      return rows.length === officialsToTell && rows.every((r) => r.emailStatus === 'failed') && rows;
    });
    expect(system.smtp.messages.filter(unitTask)).toEqual([]);

    system.smtp.refuseMail(null);
    await eventually('every refused e-mail sent', async () =>
      (await notices.findBy({ id: In(refused.map((r) => r.id)) })).every((r) => r.emailStatus === 'sent'),
    );
    const sent = system.smtp.messages.filter(unitTask);
    expect(sent).toHaveLength(refused.length);
    expect(await taskNotices()).toHaveLength(refused.length);
  });

  it('lets a plan decision answer while the drafter’s notice of it is refused, and sends that notice once when the relay accepts', async () => {
    const decisionMail = (mail: { subject?: string }) => !!mail.subject?.startsWith('[Kết quả] ');
    system.smtp.refuseMail(decisionMail);
    const drafter = await system.login('chuyenvien.tinh');
    const campaignId = (await drafter.post('/campaigns', { plan }).expect(201)).body.id as string;
    await eventually(
      'approval chain running',
      async () => (await drafter.get(`/campaigns/${campaignId}`)).body.approval?.status === 'pending',
    );
    const sentBefore = system.smtp.messages.filter(decisionMail).length;

    // Bounded: before, the click waited for the relay, and would still be waiting.
    const decided = await (
      await system.login('lanhdao.snv')
    )
      .act(`/campaigns/${campaignId}/plan-decisions`, { action: 'approve' })
      .timeout(30_000);
    expect(decided.status).toBe(200);
    const notices = system.app.dataSource.getRepository(NotificationEntity);
    const refused = await eventually('the drafter’s notice recorded, its e-mail refused', async () => {
      const rows = await notices.findBy({ campaignId, kind: 'decision' });
      return rows.length === 1 && rows[0].emailStatus === 'failed' && rows[0];
    });

    system.smtp.refuseMail(null);
    await eventually('the refused notice sent', async () => (await notices.findOneByOrFail({ id: refused.id })).emailStatus === 'sent');
    expect(system.smtp.messages.filter(decisionMail)).toHaveLength(sentBefore + 1);
  });

  it('launches a plan while the relay refuses every e-mail, and sends each once when it accepts again', async () => {
    system.smtp.refuseMail(() => true);
    const { flow } = await draftAndSign(system, plan);
    // Before, each approval step's opening notice was retried until the relay took it, and the launch waited for the chain.
    await flow.waitForStatus('running');
    const notices = system.app.dataSource.getRepository(NotificationEntity);
    const mailed = async () => (await notices.findBy({ campaignId: flow.campaignId })).filter((n) => n.emailStatus !== 'skipped');
    const refused = await eventually('the plan’s notices recorded, their e-mail refused', async () => {
      const rows = await mailed();
      return rows.length > 0 && rows.every((r) => r.emailStatus === 'failed') && rows;
    });
    expect(refused.map((r) => r.kind)).toEqual(expect.arrayContaining(['task', 'decision']));

    system.smtp.refuseMail(null);
    const sent = await eventually('every e-mail sent', async () => {
      const rows = await mailed();
      return rows.every((r) => r.emailStatus === 'sent') && rows;
    });
    const copies = (id: string) => system.smtp.messages.filter((m) => m.messageId?.startsWith(`<${id}@`)).length;
    expect(sent.map((r) => copies(r.id))).toEqual(sent.map(() => 1));
    await recordHistoriesIfAsked(system.app.temporal.client, { 'mail-retry-relay-back': MAIL_RETRY_WORKFLOW_ID });
  });
});
