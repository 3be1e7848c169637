import { startDovecot } from './dovecot';
import { PORTS, type PortName } from './ports';

/**
 * For shell scripts (scripts/demo.sh):
 *   tsx scripts/harness/cli.ts port <name>          prints a port of ports.ts, e.g. `port demo`
 *   tsx scripts/harness/cli.ts dovecot [--full]     starts Dovecot (both instances, or the full one)
 */
const [command, argument] = process.argv.slice(2);

if (command === 'port' && argument && argument in PORTS) {
  console.log(String(PORTS[argument as PortName]));
} else if (command === 'dovecot') {
  startDovecot(argument === '--full' ? 'full' : 'all');
} else {
  console.error(`usage: tsx scripts/harness/cli.ts port <${Object.keys(PORTS).join('|')}> | dovecot [--full]`);
  process.exit(2);
}
