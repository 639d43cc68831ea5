import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  /** smtp://127.0.0.1:PORT, ready for `SMTP_URL` / `mail.smtpUrl`. */
  url: string;
  /** Every message accepted so far, in arrival order. */
  messages: ParsedMail[];
  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Messages this picks are answered 451 (try again later), as a busy relay does, and not kept; null accepts all again. */
  refuseMail(which: ((mail: ParsedMail) => boolean) | null): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port that accepts any message without auth or TLS, so tests see
 * exactly what a relay would receive. A message is parsed before the server answers 250, so once the
 * sender's `sendMail` resolves the message is already in `messages`.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  let refusing: ((mail: ParsedMail) => boolean) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refusing?.(mail)) return callback(Object.assign(new Error('Relay busy, try again later'), { responseCode: 451 }));
          messages.push(mail);
          waiters.forEach((wake) => wake());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const waitFor = (count: number, timeoutMs = 10_000) =>
    new Promise<ParsedMail[]>((resolve, reject) => {
      const check = () => {
        if (messages.length < count) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(messages.slice());
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Expected ${count} message(s) within ${timeoutMs} ms, got ${messages.length}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    refuseMail: (which) => {
      refusing = which;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
