import { createServer } from 'node:net';
import { LocalRuntimeError } from './errors';

/** Throws a LocalRuntimeError when something already listens on the port. */
export async function assertPortFree(port: number, host: string, what: string, envVar?: string): Promise<void> {
  try {
    await listenOnce(port, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const hint = envVar ? `stop whatever uses it or set ${envVar} to another port` : 'stop whatever uses it';
    throw new LocalRuntimeError(`Port ${port} is already in use, so ${what} cannot start; ${hint}.`, { cause: error });
  }
}

/** A port the OS reports free right now (for tests; another process could still take it). */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return listenOnce(0, host);
}

function listenOnce(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}
