import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { createMailer, MAIL_FOOTER } from './mailer';

describe('mailer without SMTP', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tdkt-outbox-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each message as an .eml file into the outbox', async () => {
    const outboxDir = join(dir, 'outbox');
    const mailer = createMailer({ from: 'Thi đua – Khen thưởng <no-reply@tuyenquang.demo.gov.vn>', outboxDir });

    await mailer.send({
      to: { name: 'Hà Văn Quyết', address: 'lanhdao.ys@tuyenquang.demo.gov.vn' },
      subject: 'Quá hạn: báo cáo tổng kết năm 2026',
      text: 'Đơn vị chưa nộp báo cáo tổng kết.',
      notificationId: '6f1c2a9e-0b7d-4c33-9a51-2f0e8d1b7c44',
    });
    mailer.close();

    const files = readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/_6f1c2a9e-0b7d-4c33-9a51-2f0e8d1b7c44\.eml$/);
    const mail = await simpleParser(readFileSync(join(outboxDir, files[0])));
    expect(mail.subject).toBe('Quá hạn: báo cáo tổng kết năm 2026');
    expect(mail.from?.value[0]).toEqual({ name: 'Thi đua – Khen thưởng', address: 'no-reply@tuyenquang.demo.gov.vn' });
    expect(mail.messageId).toBe('<6f1c2a9e-0b7d-4c33-9a51-2f0e8d1b7c44@tuyenquang.demo.gov.vn>');
    expect(mail.text).toContain('Đơn vị chưa nộp báo cáo tổng kết.');
    expect(mail.text).toContain(MAIL_FOOTER);
  });
});
