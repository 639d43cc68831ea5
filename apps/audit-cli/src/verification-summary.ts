import type { VerificationReport } from '@tdkt/contracts';

/** The report in a few lines an inspector reads at the terminal; the JSON on stdout is the record. */
export function verificationSummary(report: VerificationReport): string {
  const { chain, archive, replay } = report;
  const lines = [
    `Phong trào ${report.campaignId} — kiểm tra lúc ${report.verifiedAt}`,
    chain.ok
      ? `Chuỗi nhật ký: toàn vẹn, ${chain.rows} dòng, ${chain.seals} dấu niêm phong khớp`
      : `Chuỗi nhật ký: LỖI — ${chain.firstBadRow?.message}`,
    `Lưu trữ lịch sử: ${archive.histories} bản` +
      (archive.corrupted.length ? `, HỎNG: ${archive.corrupted.join('; ')}` : ', không bản nào hỏng'),
    `Phát lại: ${replay.workflows.length} quy trình, ` +
      (replay.deterministic
        ? 'tất cả tất định'
        : `KHÔNG tất định: ${replay.workflows
            .filter((w) => !w.deterministic)
            .map((w) => w.workflowId)
            .join(', ')}`),
    `Sai khác giữa phát lại và nhật ký / dữ liệu: ${replay.mismatches.length}`,
    ...replay.mismatches
      .slice(0, 20)
      .map((m) => `  ${m.workflowId} ${m.subject} ${m.field}: ghi ${JSON.stringify(m.logged)}, phát lại ${JSON.stringify(m.replayed)}`),
    report.ok ? 'KẾT QUẢ: ĐẠT' : 'KẾT QUẢ: KHÔNG ĐẠT',
  ];
  return lines.join('\n');
}
