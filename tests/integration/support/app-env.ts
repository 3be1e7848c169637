import { afterAll, beforeAll, vi } from 'vitest';
import { closeAll } from '@/lib/imap/connection/pool';

/**
 * For an in-process describe block that runs the app's lib with other settings: env() and the
 * pool memoize on globalThis, so the block starts from a clean slate with `settings`, and ends
 * with every pooled connection logged out and the environment as it was.
 */
export function withAppSettings(settings: Record<string, string>): void {
  beforeAll(() => {
    for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
    const globals = globalThis as Record<string, unknown>;
    delete globals.__letterboxEnv;
    delete globals.__letterboxImapPool;
  });

  afterAll(async () => {
    await closeAll();
    vi.unstubAllEnvs();
  });
}
