import type { PlanDefinition } from '@tdkt/domain';
import example from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { formatMessage, vi } from '../../i18n/messages';
import { describeObligation } from './obligation-label';

const plan = example as unknown as PlanDefinition;
const t = (key: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) => formatMessage(vi, key, params);

describe('what a step of the log was about, in words', () => {
  it('names a phase, and one period of it, as the plan does', () => {
    expect(describeObligation('so-ket-2023', plan, t)).toBe('Sơ kết đánh giá kết quả thực hiện năm 2023');
    expect(describeObligation('trien-khai~2', plan, t)).toBe('Triển khai sâu rộng phong trào (từ quý IV năm 2022 đến năm 2025) (kỳ 2)');
    // A campaign issued before keys took "~" wrote its periods with "#".
    expect(describeObligation('trien-khai#3', plan, t)).toBe('Triển khai sâu rộng phong trào (từ quý IV năm 2022 đến năm 2025) (kỳ 3)');
  });

  it('names the steps of the plan’s own approval by their label, and its revision', () => {
    expect(describeObligation('plan:office#1', plan, t)).toBe('Duyệt kế hoạch: Lãnh đạo Sở Nội vụ thẩm định (lần 1)');
    expect(describeObligation('plan:sign#2', plan, t)).toBe('Duyệt kế hoạch: Ký ban hành (lần 2)');
    expect(describeObligation('plan:revise#1', plan, t)).toBe('Chỉnh sửa kế hoạch bị trả lại (lần 1)');
  });

  it('names a leader’s task on a unit’s obligation', () => {
    expect(describeObligation('phat-dong:approval#2', plan, t)).toMatch(/^Duyệt báo cáo: Ban hành Kế hoạch .* \(lần 2\)$/);
    expect(describeObligation('so-ket-2023:extension#1', plan, t)).toBe(
      'Quyết định gia hạn: Sơ kết đánh giá kết quả thực hiện năm 2023 (lần 1)',
    );
  });

  it('names an award dossier’s steps as the dossier’s, not by its key', () => {
    expect(describeObligation('award:0b9c7c4e-3f1a-4c55-9d7e-2a8f7b0c1d2e', plan, t)).toBe('Hồ sơ khen thưởng');
  });

  it('shows a key the plan does not name as it is, and nothing for a step on no obligation', () => {
    expect(describeObligation('khong-co', plan, t)).toBe('khong-co');
    expect(describeObligation('so-ket-2023', undefined, t)).toBe('so-ket-2023');
    expect(describeObligation(null, plan, t)).toBeNull();
  });
});
