import { describe, expect, it } from 'vitest';
import { PORTS } from '../../../scripts/harness/ports';
import { SERVICES } from '../../../scripts/harness/servers';

const allPorts = Object.values(PORTS).flat();
const servicePorts = Object.values(SERVICES).flatMap((service) => [...service.ports]);

describe('the harness registry', () => {
  it('gives every port to one purpose: no two names share a number', () => {
    expect(new Set(allPorts).size).toBe(allPorts.length);
  });

  it('files every port of ports.ts under exactly one service, and no service uses an unlisted port', () => {
    expect([...servicePorts].sort()).toEqual([...allPorts].sort());
  });

  it('says for each service either what starts it or what it is reserved for', () => {
    for (const [name, service] of Object.entries(SERVICES)) {
      expect('startedBy' in service !== 'reserved' in service, name).toBe(true);
    }
  });

  it('keeps to unprivileged ports, so no test needs root to listen', () => {
    for (const port of allPorts) expect(port).toBeGreaterThan(1023);
  });
});
