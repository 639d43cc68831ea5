import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A port nobody listens on right now: the OS picks it for a throwaway listener. Tests never use the
 * embedded defaults (7233/8233/3000), so they cannot collide with a running system or each other.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
