import { PARTICIPATION_WORKFLOW_TYPE, participationWorkflowId } from '@tdkt/contracts';
import { UnitProgressEntity } from '@tdkt/persistence';
import { eventually, SystemUnderTest } from '../system-under-test';
import { draftAndSign } from '../draft-and-sign';
import { launchOnlyPlan } from './launch-only-plan';
import { wideDistrict } from './wide-district';

/**
 * One district with 2,100 communes directly under it: more than Temporal's default limit of 2,000
 * pending children per workflow. The campaign must still reach every commune, because each unit's
 * participation is started by the fan-out activity of its parent, not as a child workflow, and the
 * district's own history must stay small whatever its number of sub-units.
 */
const DISTRICT = 'TQ-YS';
const EXTRA_COMMUNES = 2100;
const DEMO_COMMUNES_OF_DISTRICT = 2; // Thắng Quân and Lăng Quán, from the demo seed
const COMMUNES = EXTRA_COMMUNES + DEMO_COMMUNES_OF_DISTRICT;
const TEN_MINUTES = 10 * 60_000;

describe('fan-out to more than 2,000 units under one parent', () => {
  let system: SystemUnderTest;

  beforeAll(async () => {
    system = await SystemUnderTest.start(wideDistrict(DISTRICT, EXTRA_COMMUNES));
  }, TEN_MINUTES);
  afterAll(() => system?.stop(), TEN_MINUTES);

  it(
    'launches to all 2,102 communes of one district, with no child workflows and a short district history',
    async () => {
      // Only Yên Sơn's subtree takes part: the other district and its communes are left out.
      const plan = launchOnlyPlan({
        levels: ['huyen', 'xa'],
        kinds: ['ubnd'],
        excludeUnitCodes: ['TQ-SD', 'TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH'],
      });
      const { flow, signedAt } = await draftAndSign(system, plan);

      const openUnder = (reportsTo: string) =>
        system.app.dataSource
          .getRepository(UnitProgressEntity)
          .count({ where: { campaignId: flow.campaignId, reportsTo, status: 'open' } });
      let lastLog = 0;
      await eventually(
        `${COMMUNES} open obligations under ${DISTRICT}`,
        async () => {
          const open = await openUnder(DISTRICT);
          if (Date.now() - lastLog > 15_000) {
            lastLog = Date.now();
            process.stdout.write(`fan-out: ${open}/${COMMUNES} communes open after ${((Date.now() - signedAt) / 1000).toFixed(0)} s\n`);
          }
          return open === COMMUNES;
        },
        TEN_MINUTES - 60_000,
      );
      const seconds = (Date.now() - signedAt) / 1000;
      process.stdout.write(`fan-out: all ${COMMUNES} communes' obligations open ${seconds.toFixed(1)} s after the plan was signed\n`);

      expect(await openUnder('TQ')).toBe(1); // the district itself
      const running = await system.app.temporal.client.workflow.count(
        `WorkflowType = '${PARTICIPATION_WORKFLOW_TYPE}' AND ExecutionStatus = 'Running'`,
      );
      // Every commune, the district, and the issuer: owing nothing itself, it runs until its units are done.
      expect(running.count).toBe(COMMUNES + 2);

      const history = await system.app.temporal.client.workflow
        .getHandle(participationWorkflowId(flow.campaignId, DISTRICT))
        .fetchHistory();
      const events = history.events ?? [];
      process.stdout.write(`fan-out: the district's participation history has ${events.length} events\n`);
      expect(events.length).toBeLessThan(200);
      expect(events.filter((e) => e.startChildWorkflowExecutionInitiatedEventAttributes)).toEqual([]);
      const fanOut = events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'startParticipants');
      expect(fanOut).toBeDefined();
      expect(events.some((e) => e.activityTaskCompletedEventAttributes?.scheduledEventId?.toString() === fanOut!.eventId?.toString())).toBe(
        true,
      );
    },
    TEN_MINUTES,
  );
});
