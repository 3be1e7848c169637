import { describe, expect, it } from 'vitest';
import { runtimeRoot } from '../../../scripts/imap/paths';
import { type PostfixPaths, postfixPaths } from '../../../scripts/smtp/paths';
import { renderMainCf, renderMasterCf } from '../../../scripts/smtp/postfix-config';

const paths: PostfixPaths = { ...postfixPaths(), smtpPort: 1025, submissionPort: 1587 };

/** main.cf as Postfix reads it: `name = value` lines, comments and blank lines ignored. */
function mainCf(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const line of renderMainCf(paths).split('\n')) {
    const [, name, value = ''] = /^([a-z0-9_]+)\s*=\s*(.*)$/.exec(line) ?? [];
    if (name) settings.set(name, value.trim());
  }
  return settings;
}

interface MasterService {
  name: string;
  type: string;
  command: string;
  options: string[];
}

/** master.cf's entries: a line starting in column 1 opens one, an indented `-o` line adds to it. */
function masterCf(): MasterService[] {
  const services: MasterService[] = [];
  for (const line of renderMasterCf(paths).split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      services.at(-1)?.options.push(line.trim().replace(/^-o\s+/, ''));
      continue;
    }
    const [name = '', type = '', , , , , , command = ''] = line.split(/\s+/);
    services.push({ name, type, command, options: [] });
  }
  return services;
}

const listeners = () => masterCf().filter((service) => service.type === 'inet');
const submission = () => listeners().find((service) => service.name.endsWith(':1587'));

describe('the Postfix configuration', () => {
  it('binds exactly the two listeners, both to 127.0.0.1, and nothing else to any interface', () => {
    expect(listeners().map((service) => service.name)).toEqual(['127.0.0.1:1025', '127.0.0.1:1587']);
    expect(listeners().every((service) => service.command === 'smtpd')).toBe(true);
    expect(mainCf().get('inet_interfaces')).toBe('127.0.0.1');
    expect(mainCf().get('inet_protocols')).toBe('ipv4');
  });

  it('sends every non-local destination to the error transport and has no network client to reach one', () => {
    const main = mainCf();
    for (const setting of ['default_transport', 'relay_transport', 'local_transport']) {
      expect(main.get(setting), setting).toMatch(/^error:/);
    }
    expect(main.get('virtual_transport')).toBe('lmtp:unix:private/dovecot-lmtp');
    for (const setting of ['relayhost', 'transport_maps', 'sender_dependent_default_transport_maps', 'fallback_relay']) {
      expect(main.get(setting) ?? '', setting).toBe('');
    }
    const commands = masterCf().map((service) => service.command);
    for (const client of ['smtp', 'pipe', 'local', 'virtual', 'pickup']) expect(commands).not.toContain(client);
    expect(masterCf().every((service) => service.type !== 'inet' || service.command === 'smtpd')).toBe(true);
  });

  it('looks up no name in DNS', () => {
    expect(mainCf().get('smtp_dns_support_level')).toBe('disabled');
    expect(mainCf().get('lmtp_dns_support_level')).toBe('disabled');
    expect(mainCf().get('smtpd_peername_lookup')).toBe('no');
  });

  it('relays for nobody on the SMTP port: only the local domains, no trusted networks', () => {
    expect(mainCf().get('smtpd_relay_restrictions')).toBe('reject_unauth_destination');
    expect(mainCf().get('smtpd_sasl_auth_enable')).toBe('no');
    expect(mainCf().get('virtual_mailbox_domains')).toBe('letterbox.test, localhost');
    expect(mainCf().get('mydestination')).toBe('');
    expect(`${renderMainCf(paths)}${renderMasterCf(paths)}`).not.toContain('permit_mynetworks');
  });

  it('takes mail on the submission port only after SMTP AUTH against Dovecot', () => {
    expect(submission()?.options).toEqual(
      expect.arrayContaining([
        'smtpd_sasl_auth_enable=yes',
        'smtpd_sender_restrictions=permit_sasl_authenticated,reject',
        'smtpd_relay_restrictions=permit_sasl_authenticated,reject',
      ]),
    );
    expect(mainCf().get('smtpd_sasl_type')).toBe('dovecot');
    expect(mainCf().get('smtpd_sasl_path')).toBe('private/dovecot-auth');
  });

  it('keeps its queue, data and log under the project runtime root, never the system Postfix’s /etc/postfix or /var/spool/postfix', () => {
    for (const setting of ['queue_directory', 'data_directory', 'maillog_file']) {
      const value = mainCf().get(setting) ?? '';
      expect(value.startsWith(`${runtimeRoot()}/postfix/`), setting).toBe(true);
      expect(value, setting).not.toMatch(/^\/(etc\/postfix|var\/spool\/postfix|var\/lib\/postfix)\b/);
    }
  });

  it('uses the overridden ports in master.cf', () => {
    const moved = renderMasterCf({ ...paths, smtpPort: 11025, submissionPort: 11587 });
    expect(moved).toMatch(/^127\.0\.0\.1:11025\s+inet/m);
    expect(moved).toMatch(/^127\.0\.0\.1:11587\s+inet/m);
  });
});
