import { MAIL_DOMAIN } from '../smtp/paths';
import { startDovecot } from './dovecot';
import { PORTS, type PortName } from './ports';

/**
 * For shell scripts (scripts/demo.sh):
 *   tsx scripts/harness/cli.ts port <name>          prints a port of ports.ts, e.g. `port demo`
 *   tsx scripts/harness/cli.ts dovecot [--full]     starts Dovecot (both instances, or the full one)
 *   tsx scripts/harness/cli.ts mail-domain          prints the local servers' mail domain
 */
const [command, argument] = process.argv.slice(2);

if (command === 'port' && argument && argument in PORTS) {
  console.log(String(PORTS[argument as PortName]));
} else if (command === 'dovecot') {
  startDovecot(argument === '--full' ? 'full' : 'all');
} else if (command === 'mail-domain') {
  console.log(MAIL_DOMAIN);
} else {
  console.error(`usage: tsx scripts/harness/cli.ts port <${Object.keys(PORTS).join('|')}> | dovecot [--full] | mail-domain`);
  process.exit(2);
}
