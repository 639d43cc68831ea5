import { BadRequestException } from '@nestjs/common';
import type { BallotChoice, DossierAction } from '@tdkt/domain';
import type { DossierActionDto } from './dossier-action.dto';
import type { Bilingual } from '../common/problem/said';

const BALLOT_CHOICES: readonly BallotChoice[] = ['agree', 'disagree', 'abstain'];

/** The request as the dossier's action, each kind with the fields it needs (a missing one is named in a 400). */
export function toDossierAction(dto: DossierActionDto): DossierAction {
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined || value === null)
      throw new BadRequestException({
        message: `Thao tác "${dto.kind}" cần trường "${field}".`,
        en: `Action "${dto.kind}" needs the field "${field}".`,
      } satisfies Bilingual);
    return value;
  };
  switch (dto.kind) {
    case 'pass':
      return { kind: 'pass', ...(dto.dropped?.length ? { dropped: dto.dropped } : {}), ...(dto.comment ? { comment: dto.comment } : {}) };
    case 'decline':
      return { kind: 'decline', comment: need(dto.comment, 'comment') };
    case 'object':
      return { kind: 'object', index: need(dto.index, 'index'), text: need(dto.text, 'text') };
    case 'answer_objection':
      return {
        kind: 'answer_objection',
        objectionId: need(dto.objectionId, 'objectionId'),
        upheld: need(dto.upheld, 'upheld'),
        text: need(dto.text, 'text'),
      };
    case 'open_council':
      return { kind: 'open_council', members: need(dto.members, 'members'), present: need(dto.present, 'present') };
    case 'vote':
      return { kind: 'vote', choices: ballotChoices(need(dto.choices, 'choices')) };
    case 'score':
      return { kind: 'score', points: byIndex(need(dto.points, 'points')) };
    case 'close_council':
      return { kind: 'close_council' };
    case 'decide':
      return { kind: 'decide' };
    case 'forward':
      return { kind: 'forward' };
    case 'record_central_outcome':
      return {
        kind: 'record_central_outcome',
        decisionNumber: need(dto.decisionNumber, 'decisionNumber'),
        decidedOn: need(dto.decidedOn, 'decidedOn'),
        awarded: need(dto.awarded, 'awarded'),
      };
  }
}

function byIndex<T>(record: Record<string, T>): Record<number, T> {
  const entries = Object.entries(record).map(([key, value]) => {
    if (!/^\d+$/.test(key))
      throw new BadRequestException({
        message: `"${key}" không phải số thứ tự trong danh sách.`,
        en: `"${key}" is not a number on the list.`,
      } satisfies Bilingual);
    return [Number(key), value] as const;
  });
  return Object.fromEntries(entries);
}

function ballotChoices(record: Record<string, string>): Record<number, BallotChoice> {
  const choices = byIndex(record);
  for (const [index, choice] of Object.entries(choices)) {
    if (!BALLOT_CHOICES.includes(choice as BallotChoice)) {
      throw new BadRequestException({
        message: `Phiếu cho số ${Number(index) + 1} phải là agree, disagree hoặc abstain.`,
        en: `The vote for number ${Number(index) + 1} must be agree, disagree or abstain.`,
      } satisfies Bilingual);
    }
  }
  return choices as Record<number, BallotChoice>;
}
