import { PORTS } from './ports';

export interface Service {
  /** Its loopback ports, from ports.ts. */
  ports: readonly number[];
  /** What starts it, for the ones that run today. */
  startedBy?: string;
  /** For a server no code starts yet: what it will be for. Its ports are held so nothing else takes them. */
  reserved?: string;
}

/**
 * Every server the harness runs on this machine, and the ones it will. A new server gets a
 * start function in this folder (beside dovecot.ts and app.ts, idempotent like startDovecot or
 * returning a handle to stop like startApp), and its entry here trades `reserved` for
 * `startedBy`. tests/unit/harness/servers.test.ts checks that every port of ports.ts belongs
 * to exactly one entry.
 */
export const SERVICES = {
  dovecot: {
    ports: [PORTS.imap, PORTS.imapMinimal, PORTS.imapFts, PORTS.imapNoDict, PORTS.imapSpare],
    startedBy:
      'startDovecot (dovecot.ts): the suites, the bench and the demo; spareDovecot (dovecot.ts): the restart test, which stops it',
  },
  app: {
    ports: [
      PORTS.demo,
      PORTS.e2e,
      PORTS.e2eRestart,
      PORTS.integration,
      PORTS.integrationShutdown,
      PORTS.integrationNoSmtp,
      PORTS.integrationUndo,
      PORTS.bench,
    ],
    startedBy:
      "startApp (app.ts) for the integration suite and the bench; Playwright's webServer (playwright.config.ts) and scripts/demo.sh run the same `next start`",
  },
  postfix: {
    ports: [PORTS.smtpSubmission, PORTS.smtp],
    startedBy:
      'startPostfix (postfix.ts): the integration suite; scripts/demo.sh and scripts/test-all.sh run `npm run smtp:start`, after Dovecot',
  },
  redis: {
    ports: [PORTS.redis],
    reserved: 'Redis, the state several app instances share (sessions, sign-in limits, live events)',
  },
  loadBalancer: {
    ports: [PORTS.loadBalancer, ...PORTS.appInstances],
    reserved: 'a load balancer in front of two app instances, to test that any instance can serve any request',
  },
} as const satisfies Record<string, Service>;
