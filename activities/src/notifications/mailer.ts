import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { WorkerConfig } from '@tdkt/config';

export const MAIL_FOOTER = 'Thư được gửi tự động từ Hệ thống Thi đua – Khen thưởng. Vui lòng không trả lời thư này.';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  /** Plain text; the footer is added here, not by callers. */
  text: string;
  /**
   * Becomes the Message-ID: if a send succeeds but recording it does not, the retry sends the same
   * Message-ID, which mail systems recognise as the same message.
   */
  notificationId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

type MailConfig = Pick<WorkerConfig['mail'], 'smtpUrl' | 'from' | 'outboxDir'>;

/** SMTP when the organisation configured a relay; otherwise real messages written to the outbox folder. */
export function createMailer(config: MailConfig): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.from) : outboxMailer(config.outboxDir, config.from);
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Short timeouts: a dead relay should fail the send quickly, so the activity moves on and the mail retry workflow takes over.
  const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 });
  return {
    send: async (mail) => {
      await transport.sendMail(compose(mail, from));
    },
    close: () => transport.close(),
  };
}

function outboxMailer(outboxDir: string, from: string): Mailer {
  // A real RFC 5322 message, built exactly as for SMTP, only kept instead of sent.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      const { message } = await transport.sendMail(compose(mail, from));
      await mkdir(outboxDir, { recursive: true });
      await writeFile(join(outboxDir, outboxFileName(mail.notificationId)), message);
    },
    close: () => transport.close(),
  };
}

function compose(mail: OutgoingMail, from: string): nodemailer.SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: `${mail.text}\n\n-- \n${MAIL_FOOTER}\n`,
    messageId: `<${mail.notificationId}@${senderDomain(from)}>`,
  };
}

function senderDomain(from: string): string {
  return /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}

/** Time first so a directory listing reads in sending order; the notification id says which row it came from. */
function outboxFileName(notificationId: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${stamp}_${notificationId.replace(/[^A-Za-z0-9-]/g, '')}.eml`;
}
