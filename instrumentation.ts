/**
 * Next.js calls register() once per server process. On SIGTERM every pooled IMAP
 * connection logs out before the process exits (NEXT_MANUAL_SIG_HANDLE=true hands the
 * signal to us; otherwise `next start` waits on open connections). NEXT_RUNTIME is a
 * build-time constant set by Next itself, not configuration.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installShutdown } = await import('./lib/server/shutdown');
  installShutdown();
}
