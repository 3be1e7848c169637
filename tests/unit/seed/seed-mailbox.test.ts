import { chmodSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// paths.ts reads LETTERBOX_DATA_DIR at import time, so set it first and import dynamically.
const root = mkdtempSync(join(tmpdir(), 'letterbox-seed-'));
// When run as root the mail belongs to the 'letterbox' user, which must be able to traverse this directory.
chmodSync(root, 0o755);
process.env.LETTERBOX_DATA_DIR = resolve(root, 'data');

type Seeder = typeof import('../../../scripts/seed/seed-mailbox');
let seeder: Seeder;
let maildir: string;
let owner: { uid: number };
let generate: typeof import('../../../scripts/seed/generate-message').generateMessage;

beforeAll(async () => {
  seeder = await import('../../../scripts/seed/seed-mailbox');
  const paths = await import('../../../scripts/imap/paths');
  generate = (await import('../../../scripts/seed/generate-message')).generateMessage;
  maildir = paths.userMaildir('idem');
  owner = paths.mailOwner();
  expect(maildir.startsWith(root)).toBe(true);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const cur = (dir: string) => readdirSync(resolve(dir, 'cur')).sort();

describe('seedMailbox on disk', () => {
  let first: Awaited<ReturnType<Seeder['seedMailbox']>>;

  it('writes every folder as Maildir++ with exact names, flags, owner and mtime', async () => {
    first = await seeder.seedMailbox({ user: 'idem', count: 120 });
    expect(first.folders.map((f) => f.status)).toEqual(first.folders.map(() => 'written'));
    const inbox = cur(maildir);
    expect(inbox.length).toBe(120);
    expect(first.folders[0]).toMatchObject({
      path: 'INBOX',
      total: 120,
      unseen: inbox.filter((n) => !/:2,[A-Z]*S/.test(n)).length,
    });
    for (const index of [0, 9, 14, 119]) {
      const m = generate({ seed: 1, user: 'idem' }, 'INBOX', index);
      const name = inbox.find((n) => n.includes(`.S1I${index}.`)) as string;
      expect(name).toBe(`${m.time}.S1I${index}.letterbox-seed,S=${m.raw.length}:2,${m.flags}`);
      const path = resolve(maildir, 'cur', name);
      expect(readFileSync(path).equals(m.raw)).toBe(true);
      const st = statSync(path);
      expect(st.mtimeMs).toBe(m.time * 1000);
      expect(st.uid).toBe(owner.uid);
    }
    expect(cur(resolve(maildir, '.Team Stuff.Child')).length).toBe(12);
    expect(cur(resolve(maildir, '.Donn&AOk-es clients')).length).toBe(15);
    expect(statSync(resolve(maildir, '.Team Stuff', 'maildirfolder')).isFile()).toBe(true);
    expect(readdirSync(resolve(maildir, 'tmp'))).toEqual([]);
  });

  it('lists the notable messages in the manifest', () => {
    const kinds = new Set(first.messages.map((m) => m.kind));
    for (const k of ['charset', 'inline-image', 'reply', 'thread-root', 'attachment', 'newsletter']) expect(kinds).toContain(k);
    expect(first.messages.find((m) => m.attachments?.some((a) => a.size === 5 * 1024 * 1024))?.index).toBe(30);
    expect(first.messages.filter((m) => m.expectedText).length).toBeGreaterThanOrEqual(8);
  });

  it('is a no-op on a re-run, even after flags changed through IMAP', async () => {
    const name = cur(maildir)[0] as string;
    renameSync(resolve(maildir, 'cur', name), resolve(maildir, 'cur', name.replace(/:2,.*$/, ':2,FS')));
    const again = await seeder.seedMailbox({ user: 'idem', count: 120 });
    expect(again.folders.map((f) => f.status)).toEqual(again.folders.map(() => 'unchanged'));
    expect(again.folders).toEqual(first.folders.map((f) => ({ ...f, status: 'unchanged' })));
    expect(again.messages).toEqual(first.messages);
  });

  it('rejects a user name that could leave the mail root', async () => {
    await expect(seeder.seedMailbox({ user: '../escape', count: 1 })).rejects.toThrow(/invalid user name/);
  });

  it('refuses other content: another count, another seed, altered bytes, a foreign message', async () => {
    await expect(seeder.seedMailbox({ user: 'idem', count: 121 })).rejects.toThrow(/refusing to seed INBOX/);
    await expect(seeder.seedMailbox({ user: 'idem', count: 120, seed: 2 })).rejects.toThrow(/refusing to seed INBOX/);
    expect(cur(maildir).length).toBe(120);

    const target = resolve(maildir, 'cur', cur(maildir).find((n) => n.includes('.S1I119.')) as string);
    const original = readFileSync(target);
    const altered = Buffer.from(original);
    altered.writeUInt8(altered.readUInt8(altered.length - 3) ^ 0x01, altered.length - 3);
    writeFileSync(target, altered);
    await expect(seeder.seedMailbox({ user: 'idem', count: 120 })).rejects.toThrow(/other content/);
    writeFileSync(target, original);

    writeFileSync(resolve(maildir, '.Archive', 'new', '1790000000.M1P1.elsewhere,S=5'), 'hello');
    await expect(seeder.seedMailbox({ user: 'idem', count: 120 })).rejects.toThrow(/refusing to seed Archive/);
    // INBOX only is still fine: the rule is per folder.
    const inboxOnly = await seeder.seedMailbox({ user: 'idem', count: 120, folders: false });
    expect(inboxOnly.folders.map((f) => [f.path, f.status])).toEqual([['INBOX', 'unchanged']]);
  });
});
