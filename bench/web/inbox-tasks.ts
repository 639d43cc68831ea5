import type { DataSource } from 'typeorm';
import { SUBMITTING_ROLES, type PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { InboxItemEntity } from '@tdkt/persistence';
import { BENCH_PASSWORD } from '../support/bench-org';
import { expectStatus, HttpOfficial } from '../support/http-official';
import { launchOnlyPlan } from '../support/launch-plan';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Draft campaigns for the inbox rows to belong to (inbox_items.campaign_id references campaigns), created as
 * the province's specialist creates one (POST /campaigns; the benches' launch-only plan, whose dates are relative
 * to its issue and so always valid, its title numbered). They are never signed: nothing is launched, so no
 * workflow writes to the inboxes the bench fills.
 */
export async function draftCampaigns(baseUrl: string, count: number): Promise<string[]> {
  const drafter = await HttpOfficial.login(baseUrl, 'chuyenvien.tinh', BENCH_PASSWORD);
  const plan = launchOnlyPlan();
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const created = await drafter.post<{ id: string }>('/campaigns', { plan: { ...plan, title: `${plan.title} (thử tải ${n})` } });
    ids.push(expectStatus('POST /campaigns', created, 201).body.id);
  }
  return ids;
}

/**
 * `count` open tasks in one unit's inbox, for the roles that submit a report (as the opening projection writes
 * them: project-obligation.work.ts), inserted straight into the inbox_items read model. They cycle through seed
 * 003's phases (so through its kinds: launch, implementation, interim and final review, nomination) and the
 * campaigns; due dates spread from 25 days overdue to 75 days ahead, every tenth still to be announced (null).
 */
export async function fillInbox(dataSource: DataSource, unitCode: string, campaignIds: readonly string[], count: number): Promise<void> {
  const phases = (template as unknown as PlanDefinition).stages.flatMap((stage) => stage.phases);
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => {
    const phase = phases[i % phases.length];
    const campaignId = campaignIds[i % campaignIds.length];
    const obligationKey = `${phase.key}#bench-${i}`;
    // A deterministic spread (37 is prime to 100): a quarter of the dated tasks overdue.
    const dueAt = i % 10 === 9 ? null : new Date(now + (((i * 37) % 100) - 25) * DAY_MS + (i % 24) * 3600 * 1000);
    return {
      key: `${campaignId}|${unitCode}|${obligationKey}`,
      campaignId,
      unitCode,
      obligationKey,
      title: phase.name,
      kind: phase.kind,
      assigneeUnitCode: unitCode,
      assigneeRoles: SUBMITTING_ROLES,
      action: 'submit' as const,
      dueAt,
      status: 'open' as const,
      version: 1,
      updatedAt: new Date(now),
    };
  });
  const repository = dataSource.getRepository(InboxItemEntity);
  // In slices: one INSERT per 100 rows stays far below every engine's limit on bound parameters.
  for (let next = 0; next < rows.length; next += 100) await repository.insert(rows.slice(next, next + 100));
}
