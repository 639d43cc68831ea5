import type { PlanDefinition } from '@tdkt/domain';
import { obligationName } from './obligation-title';

const plan = {
  stages: [
    {
      key: 'giai-doan-1',
      name: 'Giai đoạn 1',
      phases: [
        { key: 'phat-dong', name: 'Phát động phong trào' },
        { key: 'bao-cao', name: 'Báo cáo tiến độ' },
        { key: 'so-ket-2023', name: 'Sơ kết năm 2023' },
      ],
    },
  ],
} as unknown as Pick<PlanDefinition, 'stages'>;

describe('obligationName', () => {
  it('names an obligation after its phase', () => {
    expect(obligationName(plan, { phaseKey: 'phat-dong', obligationKey: 'phat-dong' })).toEqual({
      kind: 'phase',
      phase: 'Phát động phong trào',
    });
  });

  it('numbers a periodic report’s period', () => {
    expect(obligationName(plan, { phaseKey: 'bao-cao', obligationKey: 'bao-cao#3' })).toEqual({
      kind: 'period',
      phase: 'Báo cáo tiến độ',
      period: 3,
    });
  });

  it('names a compilation after the phase it compiles', () => {
    expect(obligationName(plan, { phaseKey: 'tong-hop:so-ket-2023', obligationKey: 'tong-hop:so-ket-2023' })).toEqual({
      kind: 'compilation',
      phase: 'Sơ kết năm 2023',
    });
  });

  it('falls back to the key when the plan has no such phase', () => {
    expect(obligationName(plan, { phaseKey: 'khac', obligationKey: 'khac' })).toEqual({ kind: 'unknown', key: 'khac' });
  });
});
