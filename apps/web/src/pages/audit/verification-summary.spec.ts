import type { VerificationReport } from '../../api/audit-queries';
import { formatMessage, vi } from '../../i18n/messages';
import { describeVerification, showValue } from './verification-summary';

const t = (key: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) => formatMessage(vi, key, params);

const intact: VerificationReport = {
  campaignId: 'c-1',
  ok: true,
  chain: { ok: true, rows: 42, firstBadRow: null, seals: 3 },
  archive: { histories: 5, corrupted: [] },
  replay: {
    workflows: [
      { workflowId: 'campaign:c-1', runs: 2, from: 'archive', deterministic: true, error: null },
      { workflowId: 'participation:c-1:TQ-YS', runs: 1, from: 'temporal', deterministic: true, error: null },
    ],
    deterministic: true,
    mismatches: [],
  },
  verifiedAt: '2026-03-10T03:00:00.000Z',
};

describe('the verification report in words', () => {
  it('says each check held, with what it covered', () =>
    expect(describeVerification(intact, t)).toEqual([
      { section: 'chain', ok: true, text: 'Toàn vẹn: 42 dòng, 3 dấu niêm phong đã đối chiếu.' },
      { section: 'archive', ok: true, text: '5 lịch sử quy trình đã lưu trữ, không bản nào bị thay đổi.' },
      { section: 'replay', ok: true, text: '2 quy trình (3 lượt chạy) chạy lại cho đúng các bước đã ghi.' },
    ]));

  it('names the step where the chain breaks, the altered archives and the workflows that do not replay', () => {
    const broken: VerificationReport = {
      ...intact,
      ok: false,
      chain: { ok: false, rows: 42, seals: 3, firstBadRow: { seq: 4, id: 'r4', problem: 'edited', message: 'Dòng #4 đã bị sửa.' } },
      archive: { histories: 5, corrupted: ['campaign:c-1'] },
      replay: {
        workflows: [{ workflowId: 'campaign:c-1', runs: 2, from: 'archive', deterministic: false, error: 'Nondeterminism' }],
        deterministic: false,
        mismatches: [{ workflowId: 'campaign:c-1', subject: 'r-2', field: 'comment', logged: 'Không đồng ý', replayed: 'Đồng ý' }],
      },
    };
    expect(describeVerification(broken, t)).toEqual([
      { section: 'chain', ok: false, text: 'Bị phá vỡ tại dòng #4 (bị sửa): Dòng #4 đã bị sửa.' },
      { section: 'archive', ok: false, text: '1 trong 5 lịch sử quy trình đã lưu trữ bị thay đổi: campaign:c-1' },
      { section: 'replay', ok: false, text: '1 quy trình không chạy lại được với mã nguồn hiện hành: campaign:c-1 (Nondeterminism)' },
      { section: 'replay', ok: false, text: '1 giá trị khi chạy lại khác với nhật ký hoặc số liệu tổng hợp:' },
    ]);
  });

  it('lists a handful of ids, then how many more', () => {
    const corrupted = Array.from({ length: 8 }, (_, i) => `w${i + 1}`);
    const [, archive] = describeVerification({ ...intact, ok: false, archive: { histories: 8, corrupted } }, t);
    expect(archive.text).toBe('8 trong 8 lịch sử quy trình đã lưu trữ bị thay đổi: w1, w2, w3, w4, w5 … (+3)');
  });

  it('shows compared values as text', () => {
    expect(showValue('Đồng ý')).toBe('Đồng ý');
    expect(showValue({ tyLe: 95 })).toBe('{"tyLe":95}');
    expect(showValue(null)).toBe('—');
  });
});
