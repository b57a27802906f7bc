/** Starts aws-ses-v2-local in this process: the SES v2 endpoint handlers send through, with its mail viewer at `/`. */
import type { Server } from 'node:http';
import * as sesLocalModule from 'aws-ses-v2-local';
import { closeServer } from './http/closeServer';
import { assertPortFree } from './ports';

export interface SesLocal {
  /** Both the SES endpoint (`SES_ENDPOINT`) and the mail viewer. */
  url: string;
  stop(): Promise<void>;
}

type StartServer = (config?: { host?: string; port?: number }) => Promise<Server>;

export async function startSesLocal(options: { port: number; host?: string }): Promise<SesLocal> {
  const host = options.host ?? '127.0.0.1';
  await assertPortFree(options.port, host, 'the local SES endpoint', 'SES_PORT');
  const server = await resolveStartServer()({ host, port: options.port });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    stop: () => closeServer(server),
  };
}

/** The package is CommonJS with `exports.default`; ESM loaders differ in how deep they put it. */
function resolveStartServer(): StartServer {
  const candidate: unknown = (sesLocalModule as { default?: unknown }).default;
  if (typeof candidate === 'function') return candidate as StartServer;
  const nested = (candidate as { default?: unknown } | undefined)?.default;
  if (typeof nested === 'function') return nested as StartServer;
  throw new TypeError('aws-ses-v2-local exports no server function');
}
