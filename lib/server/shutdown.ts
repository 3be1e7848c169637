import 'server-only';
import { endAllStreams } from '@/lib/http/open-streams';
import { closeAll } from '@/lib/imap/connection/pool';
import { logger } from '@/lib/log/logger';

const GRACE_MS = 5_000;

/** SIGTERM/SIGINT: end every event stream, log out of every IMAP connection, then exit; never hang past the grace period. */
export function installShutdown(): void {
  const holder = globalThis as typeof globalThis & { __letterboxShutdown?: boolean };
  if (holder.__letterboxShutdown) return;
  holder.__letterboxShutdown = true;
  const shutdown = async (signal: string) => {
    logger().info({ signal }, 'shutting down: logging out of IMAP');
    const timer = setTimeout(() => process.exit(0), GRACE_MS);
    timer.unref();
    endAllStreams();
    await closeAll().catch((error: unknown) => logger().warn({ err: error }, 'logout during shutdown failed'));
    logger().info('shutdown complete');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
