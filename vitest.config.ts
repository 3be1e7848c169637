import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { PORTS } from './scripts/harness/ports';

const alias = {
  '@': resolve(import.meta.dirname),
  'server-only': resolve(import.meta.dirname, 'tests/support/server-only.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file gets fresh users; files share one Dovecot and one app server.
          fileParallelism: true,
          maxWorkers: 2,
          env: {
            NODE_ENV: 'test',
            LOG_LEVEL: 'silent',
            SESSION_SECRET: 'integration-tests-secret-0123456789abcdef',
            IMAP_HOST: '127.0.0.1',
            IMAP_PORT: String(PORTS.imap),
            IMAP_TLS: 'false',
            IMAP_ALLOWED_HOSTS: 'localhost',
            IMAP_CONNECT_TIMEOUT_MS: '3000',
          },
        },
      },
    ],
  },
});
