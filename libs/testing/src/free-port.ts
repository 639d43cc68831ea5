import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A port nobody listens on right now: the OS picks it for a throwaway listener. Tests never use the
 * embedded defaults (7233/8233/3000), so they cannot collide with a running system or each other.
 */
export async function freePort(): Promise<number> {
  return (await tryListen(0)) as number;
}

/**
 * A free port in [from, to]: for a listener whose port is stored in a narrow column (Temporal keeps
 * membership ports in a PostgreSQL smallint, so they must stay below 32768, under the OS's ephemeral range).
 */
export async function freePortBetween(from: number, to: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = await tryListen(from + Math.floor(Math.random() * (to - from + 1)));
    if (port) return port;
  }
  throw new Error(`No free port between ${from} and ${to}`);
}

/** Listens on the port (0: any) and closes at once; undefined if it is taken. */
async function tryListen(port: number): Promise<number | undefined> {
  const server = createServer();
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!listening) return undefined;
  const { port: bound } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return bound;
}
