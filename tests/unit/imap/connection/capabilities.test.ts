import { describe, expect, it } from 'vitest';
import { readFeatures } from '@/lib/imap/connection/capabilities';

const caps = (...names: string[]) => ({ capabilities: new Map(names.map((name) => [name, true] as [string, boolean])) });

describe('readFeatures', () => {
  it('reports nothing for a base IMAP4rev1 server', () => {
    const features = readFeatures(caps('IMAP4rev1'));
    expect(Object.values(features).every((value) => value === false)).toBe(true);
  });

  it('reads each extension from CAPABILITY', () => {
    const features = readFeatures(caps('IMAP4rev1', 'MOVE', 'SORT', 'LIST-STATUS', 'SPECIAL-USE', 'CONDSTORE'));
    expect(features).toMatchObject({ move: true, sort: true, listStatus: true, specialUse: true, condstore: true });
    expect(features).toMatchObject({ qresync: false, idle: false, esearch: false, binary: false });
  });
});
