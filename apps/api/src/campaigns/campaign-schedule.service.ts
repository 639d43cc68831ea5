import { Injectable } from '@nestjs/common';
import { ISSUED_ANCHOR, issuedAnchorOf, phaseMayApplyToLevel, resolveLevelTimes, WorkingDayCalendar } from '@tdkt/domain';
import { CampaignEntity, OrgDirectory } from '@tdkt/persistence';
import { NationalCalendarService } from '../calendar/national-calendar.service';
import { CampaignScheduleView, PhaseScheduleView } from './campaign-schedule.view';

/** When each phase of a campaign opens and falls due at each participating level. */
@Injectable()
export class CampaignScheduleService {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly calendar: NationalCalendarService,
  ) {}

  async scheduleOf(campaign: CampaignEntity): Promise<CampaignScheduleView> {
    const { plan } = campaign;
    const [org, national, issuer] = await Promise.all([
      this.directory.planOrgContext(),
      this.calendar.inForce(),
      this.directory.findUnit(campaign.issuerUnitCode),
    ]);
    // The same anchor and calendar the fan-out counted each unit's obligations with, so the page shows their dates.
    const countedFrom = issuedAnchorOf(plan, campaign.issuedAt);
    const calendar = new WorkingDayCalendar({ overrides: plan.calendarOverrides, national });
    const levels = [...org.levels]
      .sort(([, a], [, b]) => a - b)
      .map(([code]) => code)
      .filter((code) => !plan.participants.levels || plan.participants.levels.includes(code) || code === issuer?.levelCode);
    const anchors: Record<string, Date> = countedFrom ? { [ISSUED_ANCHOR]: countedFrom } : {};
    const times = new Map(levels.map((level) => [level, resolveLevelTimes(plan, level, anchors, calendar).times]));
    const phases = plan.stages.flatMap((stage) =>
      stage.phases.map((phase): PhaseScheduleView => ({
        phaseKey: phase.key,
        stageKey: stage.key,
        kind: phase.kind,
        levels: levels
          .filter((level) => phaseMayApplyToLevel(phase, level))
          .flatMap((levelCode) => {
            const at = times.get(levelCode)?.get(phase.key);
            if (!at) return [];
            return [
              {
                levelCode,
                opensAt: at.opensAt?.toISOString() ?? null,
                dueAt: at.dueAt?.toISOString() ?? null,
                announcedLater: at.dueAt === null,
              },
            ];
          }),
      })),
    );
    return {
      issuer: {
        code: campaign.issuerUnitCode,
        name: issuer?.name ?? campaign.issuerUnitCode,
        levelCode: issuer?.levelCode ?? '',
        path: issuer?.path ?? '',
      },
      countedFrom: countedFrom?.toISOString() ?? null,
      phases,
    };
  }
}
