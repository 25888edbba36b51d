/** The bench servers' common ending: listen on loopback, and close on SIGTERM or SIGINT (at most 2 s). */
import type { Server } from 'restify';

export function serveUntilStopped(server: Server, port: number): void {
  server.listen(port, '127.0.0.1');
  const stop = (): void => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
