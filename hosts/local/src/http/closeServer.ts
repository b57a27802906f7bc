import type { Server } from 'node:http';

/** Stops accepting connections, drops the open ones (keep-alive included) and resolves once closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
