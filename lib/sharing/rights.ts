import type { MyRights, SharingPreset } from '@/lib/schemas/sharing';

/** The rights each sharing preset grants (RFC 4314 §2.1 letters; the design note's presets). */
export const PRESET_RIGHTS: Record<SharingPreset, string> = {
  read: 'lrs',
  triage: 'lrsw',
  contribute: 'lrswite',
  manage: 'lrswipkxte',
  admin: 'lrswipkxtea',
};

/**
 * The rights a string grants, without the obsolete `c` and `d` of RFC 2086. A server that knows
 * RFC 4314's `k x t e` reports `c`/`d` beside them when any of their parts is granted (§2.1.1:
 * Dovecot stores `lrswite` as `eilrwtsd`), so there they carry nothing of their own; only from
 * a server that lists none of the new letters does `c` mean `k` and `d` mean `x t e`.
 */
export function expandRights(raw: string): Set<string> {
  const letters = new Set(raw);
  const modern = [...'kxte'].some((letter) => letters.has(letter));
  if (!modern && letters.has('c')) letters.add('k');
  if (!modern && letters.has('d')) for (const letter of 'xte') letters.add(letter);
  letters.delete('c');
  letters.delete('d');
  return letters;
}

/** JMAP's booleans from an RFC 4314 rights string; `null` (not asked) means every right. */
export function myRightsFrom(raw: string | null): MyRights {
  const has =
    raw === null
      ? () => true
      : (
          (letters) => (letter: string) =>
            letters.has(letter)
        )(expandRights(raw));
  return {
    raw,
    mayReadItems: has('l') && has('r'),
    mayAddItems: has('i'),
    mayRemoveItems: has('t') && has('e'),
    maySetSeen: has('s'),
    maySetKeywords: has('w'),
    mayCreateChild: has('k'),
    mayRename: has('x'),
    mayDelete: has('x'),
    mayAdmin: has('a'),
  };
}

/** The preset an entry's rights amount to, ignoring order and the obsolete letters; null for a custom mix. */
export function presetOf(rights: string): SharingPreset | null {
  const letters = [...expandRights(rights)].sort().join('');
  for (const [preset, granted] of Object.entries(PRESET_RIGHTS) as Array<[SharingPreset, string]>) {
    if ([...granted].sort().join('') === letters) return preset;
  }
  return null;
}

/**
 * The rights a preset grants, keeping letters this app does not know (a server's own rights,
 * RFC 4314 §2.1 allows them): changing someone's preset never drops what it cannot show.
 */
export function withPreset(current: string, preset: SharingPreset): string {
  const known = new Set('lrswipkxteacd');
  const unknown = [...current].filter((letter) => !known.has(letter)).join('');
  return PRESET_RIGHTS[preset] + unknown;
}
