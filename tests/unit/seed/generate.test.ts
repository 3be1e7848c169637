import { createHash } from 'node:crypto';
import { Splitter, type SplitterChunk } from '@zone-eu/mailsplit';
import { describe, expect, it } from 'vitest';
import { FOLDERS } from '../../../scripts/seed/folders';
import { type GeneratedMessage, generateMessage } from '../../../scripts/seed/generate-message';
import { checkLines, header, leaves, parseMime } from './support/mime-check';

const ctx = { seed: 1, user: 'alice' };
/** Two full blocks of the INBOX plan (every notable position twice) minus the multi-MiB ones, plus every other folder. */
const SAMPLE: [string, number][] = [
  ...Array.from({ length: 200 }, (_, i): [string, number] => ['INBOX', i]).filter(([, i]) => i !== 30),
  ...FOLDERS.filter((f) => f.count).flatMap((f) =>
    Array.from({ length: f.count as number }, (_, i): [string, number] => [f.path, i]),
  ),
];
const generated = new Map<string, GeneratedMessage>(SAMPLE.map(([f, i]) => [`${f}#${i}`, generateMessage(ctx, f, i)]));

/** Leaf content types as @zone-eu/mailsplit (an independent parser) sees them. */
async function mailsplitLeaves(raw: Buffer): Promise<string[]> {
  const splitter = new Splitter();
  splitter.end(raw);
  const found: string[] = [];
  for await (const chunk of splitter as AsyncIterable<SplitterChunk>) {
    if (chunk.type === 'node' && !chunk.multipart) found.push(String(chunk.contentType));
  }
  return found;
}

describe('generateMessage determinism', () => {
  it('gives byte-identical output for the same (seed, user, folder, index)', () => {
    for (const [folder, index] of [
      ['INBOX', 0],
      ['INBOX', 5],
      ['INBOX', 14],
      ['Team Stuff/Child', 3],
      ['Sent', 3],
    ] as const) {
      const a = generateMessage(ctx, folder, index);
      const b = generateMessage({ ...ctx }, folder, index);
      expect(b.raw.equals(a.raw)).toBe(true);
      expect(b.entry).toEqual(a.entry);
      expect(b.flags).toBe(a.flags);
    }
  });

  it('is independent of generation order (no hidden state between calls)', () => {
    const before = generateMessage(ctx, 'INBOX', 42).raw;
    for (let i = 0; i < 50; i++) generateMessage(ctx, 'Archive', i % 30);
    expect(generateMessage(ctx, 'INBOX', 42).raw.equals(before)).toBe(true);
  });

  it('changes with the seed, the index and the folder', () => {
    const base = generateMessage(ctx, 'INBOX', 20).raw;
    expect(generateMessage({ ...ctx, seed: 2 }, 'INBOX', 20).raw.equals(base)).toBe(false);
    expect(generateMessage(ctx, 'INBOX', 21).raw.equals(base)).toBe(false);
    expect(generateMessage(ctx, 'Archive', 20).raw.equals(base)).toBe(false);
  });

  it('pins the exact bytes of one message, so unintended generator changes are noticed', () => {
    const m = generateMessage(ctx, 'INBOX', 0);
    // Update deliberately when the generator changes: mailboxes seeded before will then be refused, by design.
    expect({ size: m.raw.length, sha: createHash('sha256').update(m.raw).digest('hex').slice(0, 16) }).toEqual({
      size: 1930,
      sha: '189b847b3d69e553',
    });
  });
});

describe('every generated message is well-formed RFC 5322 / MIME', () => {
  it.each(SAMPLE.map(([f, i]) => `${f}#${i}`))('%s', async (key) => {
    const m = generated.get(key) as GeneratedMessage;
    const problems: string[] = [];
    checkLines(m.raw, problems);
    const root = parseMime(m.raw, problems);
    expect(problems).toEqual([]);
    for (const name of ['date', 'from', 'to', 'subject', 'message-id']) expect(root.headers.get(name)?.length, name).toBe(1);
    expect(header(root, 'MIME-Version')).toBe('1.0');
    expect(header(root, 'Message-ID')).toBe(m.entry.messageId);
    expect(Date.parse(header(root, 'Date') as string)).toBe(Date.parse(m.entry.date));
    expect(m.entry.size).toBe(m.raw.length);
    // An independent parser must find the same leaf parts in the same order.
    expect(await mailsplitLeaves(m.raw)).toEqual(leaves(root).map((l) => l.type));
  });
});

describe('the checker itself catches broken messages', () => {
  const good = generateMessage(ctx, 'INBOX', 14).raw;

  it('flags bare LF, an unclosed boundary and an overlong base64 line', () => {
    const text = good.toString('latin1');
    const problems = (raw: string) => {
      const p: string[] = [];
      checkLines(Buffer.from(raw, 'latin1'), p);
      parseMime(Buffer.from(raw, 'latin1'), p);
      return p;
    };
    expect(problems(text)).toEqual([]);
    expect(problems(text.replace('\r\n', '\n')).join()).toMatch(/bare LF/);
    const close = text.lastIndexOf('--\r\n');
    expect(problems(`${text.slice(0, close)}\r\n`).join()).toMatch(/never closed/);
    const b64 = text.indexOf('JVBERi0');
    expect(problems(`${text.slice(0, b64)}QUFB${text.slice(b64)}`).join()).toMatch(/base64 line/);
  });
});

describe('the forward (INBOX position 17)', () => {
  it('attaches the original whole as message/rfc822 part 2, matching the manifest', () => {
    const m = generated.get('INBOX#17') as GeneratedMessage;
    expect(m.entry.kind).toBe('forward');
    const problems: string[] = [];
    const root = parseMime(m.raw, problems);
    const attached = root.children[1];
    expect(attached?.type).toBe('message/rfc822');
    const inner = parseMime(attached?.body ?? Buffer.alloc(0), problems, 'attached message');
    expect(problems).toEqual([]);
    expect(header(inner, 'From')).toContain(m.entry.attachedMessage?.fromAddress);
    expect(inner.type).toBe('multipart/alternative');
    expect(m.entry.subject).toBe(`Fwd: ${m.entry.attachedMessage?.subject}`);
  });
});
