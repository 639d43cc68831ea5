import type { ApprovalState, Phase } from '@tdkt/domain';
import { vi } from '../../i18n/messages';
import { formatMessage } from '../../i18n/messages';
import { describeDue, documentDate, obligationOfStep, periodOf, signatureBlock } from './plan-document';

describe('the date line of a plan', () => {
  it('prints the Vietnamese day of the signature, as Decree 30/2020 writes it', () => {
    // 20:00 on 9 March in UTC is already 10 March in Vietnam.
    const date = documentDate(undefined, '2026-03-09T20:00:00Z');
    expect(date).toEqual({ day: '10', month: '3', year: '2026' });
    expect(formatMessage(vi, 'campaign.doc.dateLine', { place: 'Tuyên Quang', ...date })).toBe('Tuyên Quang, ngày 10 tháng 3 năm 2026');
  });

  it('gives a day below 10 and the months January and February a leading zero', () => {
    expect(documentDate(undefined, '2026-02-05T03:00:00Z')).toEqual({ day: '05', month: '02', year: '2026' });
    expect(documentDate(undefined, '2025-11-30T03:00:00Z')).toEqual({ day: '30', month: '11', year: '2025' });
  });

  it('keeps the paper date of a plan entered after the fact, and has none before issue', () => {
    expect(documentDate('2022-08-12', '2026-03-10T02:00:00Z')).toEqual({ day: '12', month: '8', year: '2022' });
    expect(documentDate(undefined, null)).toBeNull();
  });
});

describe('the signature block', () => {
  const printed = { capacity: 'KT' as const, bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'PHÓ CHỦ TỊCH' };

  it('is the plan’s own print, unsigned, before anyone signs', () =>
    expect(signatureBlock(printed, null)).toEqual({ lines: ['KT. ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH'], signer: null }));

  it('is what the signature recorded, with the signer’s name, once signed', () => {
    const approval = {
      status: 'approved',
      stepIndex: 1,
      round: 1,
      decisions: [
        { action: 'approve', actor: { fullName: 'Lãnh đạo Sở' }, signature: undefined },
        { action: 'approve', actor: { fullName: 'Phó Chủ tịch' }, signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
      ],
    } as unknown as ApprovalState;
    expect(signatureBlock(printed, approval)).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      signer: 'Phó Chủ tịch',
    });
  });
});

describe('a due date as the plan writes it', () => {
  const phases = new Map([['phat-dong', { key: 'phat-dong', name: 'Phát động' } as Phase]]);

  it.each([
    [
      { kind: 'date', date: '2023-11-10' },
      { kind: 'date', text: '10/11/2023' },
    ],
    [
      { kind: 'instant', at: '2026-03-20T03:00:00Z' },
      { kind: 'date', text: '20/03/2026 10:00' },
    ],
    [
      { kind: 'workingDaysAfter', anchor: 'phat-dong.due', days: 5 },
      { kind: 'workingDays', days: 5, anchor: { kind: 'due', phaseName: 'Phát động' } },
    ],
    [
      { kind: 'durationAfter', anchor: 'issued', duration: '3600s' },
      { kind: 'duration', duration: '3600s', anchor: { kind: 'issued' } },
    ],
    [{ kind: 'announcedLater' }, { kind: 'announcedLater' }],
  ] as const)('%j', (spec, expected) => expect(describeDue(spec, phases)).toEqual(expected));
});

describe('the period of an obligation', () => {
  it('is the number after # for a periodic report, none otherwise', () => {
    expect(periodOf('bao-cao#3')).toBe(3);
    expect(periodOf('phat-dong')).toBeNull();
  });
});

describe('the obligation a recorded step is about', () => {
  it.each([
    ['phat-dong', { obligationKey: 'phat-dong', phaseKey: 'phat-dong' }],
    ['bao-cao#2', { obligationKey: 'bao-cao#2', phaseKey: 'bao-cao' }],
    ['so-ket:approval#1', { obligationKey: 'so-ket', phaseKey: 'so-ket' }],
    ['bao-cao#2:extension#1', { obligationKey: 'bao-cao#2', phaseKey: 'bao-cao' }],
  ])('%s', (key, expected) => expect(obligationOfStep(key)).toEqual(expected));
});
