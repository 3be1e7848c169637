import { describe, expect, it } from 'vitest';
import { FOLDERS, folderDef, maildirFolderDir, toModifiedUtf7 } from '../../../scripts/seed/folders';
import { generateMessage, messageIdFor } from '../../../scripts/seed/generate-message';
import { maildirBase, normalizeBase } from '../../../scripts/seed/maildir-writer';
import { BASE_DATE, planMessage } from '../../../scripts/seed/plan';
import { hash32, Rng } from '../../../scripts/seed/prng';
import { inManifest } from '../../../scripts/seed/seed-mailbox';
import { header, parseMime } from './support/mime-check';

const ctx = { seed: 1, user: 'alice' };

describe('prng', () => {
  it('repeats for a key and differs across keys', () => {
    const a = Rng.from('1|INBOX|5');
    const b = Rng.from('1|INBOX|5');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Rng.from('1|INBOX|6').next()).not.toBe(seqA[0]);
    expect(hash32('a')).not.toBe(hash32('b'));
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('folder names on disk', () => {
  it('encodes modified UTF-7 as doveadm mailbox mutf7 does (RFC 3501 §5.1.3)', () => {
    // Expected values produced by `doveadm mailbox mutf7` (Dovecot 2.3.19).
    expect(toModifiedUtf7('Données clients')).toBe('Donn&AOk-es clients');
    expect(toModifiedUtf7('Приходящие')).toBe('&BB8EQAQ4BEUEPgQ0BE8ESQQ4BDU-');
    expect(toModifiedUtf7('台北/日本語')).toBe('&U,BTFw-/&ZeVnLIqe-');
    expect(toModifiedUtf7('R&D')).toBe('R&-D');
    expect(toModifiedUtf7('Plain ASCII')).toBe('Plain ASCII');
    expect(toModifiedUtf7('📊')).toBe('&2D3cyg-');
  });

  it('maps IMAP paths to Maildir++ directories', () => {
    expect(maildirFolderDir('/m', 'INBOX')).toBe('/m');
    expect(maildirFolderDir('/m', 'Team Stuff/Child')).toBe('/m/.Team Stuff.Child');
    expect(maildirFolderDir('/m', 'Données clients')).toBe('/m/.Donn&AOk-es clients');
    expect(() => maildirFolderDir('/m', 'v1.2')).toThrow(/not storable/);
    expect(() => maildirFolderDir('/m', 'a//b')).toThrow(/not storable/);
  });

  it('seeds the folders the brief asks for', () => {
    const paths = FOLDERS.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['INBOX', 'Team Stuff', 'Team Stuff/Child', 'Sent', 'Archive']));
    expect(paths.some((p) => /[^\x20-\x7e]/.test(p) && !p.includes('/'))).toBe(true);
  });
});

describe('plan', () => {
  it('dates count back from the base date, strictly newest first, in every folder', () => {
    for (const def of FOLDERS) {
      const n = def.count ?? 300;
      const dates = Array.from({ length: n }, (_, i) => planMessage(1, def, i).date);
      expect(dates[0]).toBeLessThanOrEqual(BASE_DATE + 60_000);
      for (let i = 1; i < n; i++) expect(dates[i] as number, `${def.path}#${i}`).toBeLessThan(dates[i - 1] as number);
    }
  });

  it('leaves a good share of recent INBOX mail unseen and old mail mostly seen', () => {
    const inbox = folderDef('INBOX');
    const unseen = (from: number, to: number) => {
      let n = 0;
      for (let i = from; i < to; i++) if (!planMessage(1, inbox, i).seen) n++;
      return n / (to - from);
    };
    expect(unseen(0, 25)).toBeGreaterThan(0.4);
    expect(unseen(2000, 4000)).toBeLessThan(0.05);
    const flagged = Array.from({ length: 2000 }, (_, i) => planMessage(1, inbox, i).flagged).filter(Boolean).length;
    expect(flagged).toBeGreaterThan(20);
    expect(flagged).toBeLessThan(200);
  });

  it('puts the big attachments where the header comment says', () => {
    const inbox = folderDef('INBOX');
    expect(planMessage(1, inbox, 30).attachments).toBe('five');
    expect(planMessage(1, inbox, 999).attachments).toBe('twenty');
    expect(planMessage(1, inbox, 5030).attachments).toBe('three');
    const big = Array.from({ length: 100_000 }, (_, i) => planMessage(1, inbox, i).attachments).filter(
      (a) => a === 'five' || a === 'three' || a === 'twenty',
    );
    expect(big.length).toBe(12); // "a handful": 100k messages stay a few hundred MB
  });
});

describe('reply chains', () => {
  it.each([
    ['INBOX', 10, 13],
    ['Team Stuff', 4, 7],
  ] as const)('%s: %i..%i form a chain with In-Reply-To and References', (folder, last, root) => {
    for (let i = last; i < root; i++) {
      const m = generateMessage(ctx, folder, i);
      const problems: string[] = [];
      const head = parseMime(m.raw, problems);
      expect(m.entry.kind).toBe('reply');
      expect(header(head, 'In-Reply-To')).toBe(messageIdFor(1, folder, i + 1));
      expect(header(head, 'In-Reply-To')).toBe(generateMessage(ctx, folder, i + 1).entry.messageId);
      const refs = (header(head, 'References') as string).split(/\s+/);
      expect(refs).toEqual(Array.from({ length: root - i }, (_, k) => messageIdFor(1, folder, root - k)));
      expect(m.entry.references).toEqual(refs);
      expect(m.entry.subject).toBe(`Re: ${generateMessage(ctx, folder, root).entry.subject}`);
    }
    expect(generateMessage(ctx, folder, root).entry.kind).toBe('thread-root');
  });
});

describe('manifest and Maildir names', () => {
  it('lists everything below index 1000, and beyond only charset messages and multi-MiB attachments', () => {
    const inbox = folderDef('INBOX');
    expect(inManifest(999, planMessage(1, inbox, 999))).toBe(true);
    expect(inManifest(1001, planMessage(1, inbox, 1001))).toBe(true); // charset sample
    expect(inManifest(1009, planMessage(1, inbox, 1009))).toBe(false); // inline image, already found below 1000
    expect(inManifest(5030, planMessage(1, inbox, 5030))).toBe(true); // 3 MiB
    expect(inManifest(5000, { kind: 'plain' })).toBe(false);
    expect(inManifest(5000, { kind: 'charset' })).toBe(true);
    const listed = Array.from({ length: 100_000 }, (_, i) => i).filter((i) => inManifest(i, planMessage(1, inbox, i)));
    expect(listed.length).toBeLessThan(10_000);
  });

  it('builds Maildir names whose S= is the exact size and normalizes Dovecot variants', () => {
    const m = generateMessage(ctx, 'INBOX', 3);
    const base = maildirBase(m.time, 1, 3, m.raw.length);
    expect(base).toMatch(/^\d{10}\.S1I3\.letterbox-seed,S=\d+$/);
    expect(base).toContain(`,S=${m.raw.length}`);
    expect(m.time).toBe(Math.floor(Date.parse(m.entry.date) / 1000));
    expect(normalizeBase(`${base}:2,FS`)).toBe(base);
    expect(normalizeBase(`${base},W=1234:2,S`)).toBe(base);
    expect(normalizeBase(`${base}`)).toBe(base);
    expect(m.flags).toMatch(/^F?R?S?$/);
  });
});
