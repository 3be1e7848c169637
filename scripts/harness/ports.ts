/**
 * Every loopback port the project's own servers use, in one place: the test suites, the
 * bench and the demo each get their own app port, so any of them can run while another does.
 * Read by vitest.config.ts, playwright.config.ts, scripts/demo.sh (through `cli.ts port`),
 * the bench, scripts/imap/paths.ts and scripts/smtp/paths.ts. IMAP_PORT / IMAP_MINIMAL_PORT and
 * SMTP_PORT_LISTEN / SMTP_SUBMISSION_PORT still override the Dovecot and Postfix ports for the
 * scripts, for a machine where 1143 is taken or a second checkout runs its own servers.
 */
export const PORTS = {
  /** Dovecot with every extension the app uses (SORT, ESEARCH, PREVIEW, METADATA, ACL, …). */
  imap: 1143,
  /** The same users and mail behind a plain IMAP4rev1 Dovecot: the app's fallbacks. */
  imapMinimal: 1144,
  /** A third Dovecot on the same users and mail that one test stops and starts again (a server restart under a live stream). */
  imapSpare: 1145,
  /**
   * The same users and mail behind a Dovecot with a full-text index (fts-xapian): fast body
   * search, with the index's own matching (README, "Full-text search"). Its own instance, so
   * the suites' exact RFC 3501 searches on 1143 never meet the index's differences.
   */
  imapFts: 1146,
  /** The same users and mail behind a Dovecot without the shared-mailbox dictionary: shared folders open by name only. */
  imapNoDict: 1147,
  /** `npm run demo` (PORT overrides it). */
  demo: 3000,
  /** Playwright's `webServer`. */
  e2e: 3100,
  /** A second app server one end-to-end test stops and starts again (the offline banner). */
  e2eRestart: 3103,
  /** The integration suite's app server. */
  integration: 3101,
  /** The second app server of the integration suite's shutdown test, which it stops itself. */
  integrationShutdown: 3102,
  /** An app server of the integration suite whose SMTP server is down (and whose memory an upload test watches). */
  integrationNoSmtp: 3104,
  /** An app server of the integration suite with a short undo-send delay, which its test restarts. */
  integrationUndo: 3105,
  /** `npm run bench` serves a snapshot of the build here. */
  bench: 3200,
  /**
   * Postfix's submission listener (RFC 6409, scripts/smtp): SMTP AUTH with a Dovecot user's
   * password, then mail to any address; only the local domains are delivered, the rest bounce.
   */
  smtpSubmission: 1587,
  /** Postfix's SMTP listener (RFC 5321): mail for the local domains from anyone on loopback, no relay. */
  smtp: 1025,
  /** Reserved, nothing listens yet: Redis, shared by several app instances (sessions, rate limits, live events). */
  redis: 6380,
  /** Reserved, nothing listens yet: a load balancer in front of two app instances. */
  loadBalancer: 3300,
  /** Reserved, nothing listens yet: the app instances behind that load balancer. */
  appInstances: [3301, 3302],
} as const;

export type PortName = keyof typeof PORTS;

/** The host every harness server binds and every harness client connects to. */
export const LOOPBACK = '127.0.0.1';
