import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { MessageStructureObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { misleadingTarget } from '@/lib/html/link-destination';
import { baseSubject } from '@/lib/mime/base-subject';
import { chooseBody } from '@/lib/mime/choose-body';
import { hasAttachments } from '@/lib/mime/has-attachments';
import { findPart, numberParts } from '@/lib/mime/part-numbers';
import { attachmentsOf, listParts } from '@/lib/mime/part-tree';
import { PREVIEW_LENGTH, previewFromPartial } from '@/lib/mime/preview-text';
import { linkifyText } from '@/lib/ui/linkify-text';

/**
 * Issue 4's fuzzing of the mail-parsing side: the pure helpers that read what a hostile
 * sender controls (BODYSTRUCTURE, the first bytes of a part, Subject, a text body, link text)
 * never throw and finish in bounded time, on random input, on the corpus's bytes mutated, and
 * on sizes far past what a server sends. Fixed seed: a failure reproduces.
 */
const SEED = 20261126;
const BOUND_MS = 2_000;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

function timed<T>(work: () => T): T {
  const started = performance.now();
  const value = work();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return value;
}

// ---- BODYSTRUCTURE ----

const word = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('=?utf-8?B?PHNjcmlwdD4=?=', '=?x-bogus?Q?a?=', '=?utf-8?Q?=ZZ?=', '=?utf-8?B?!!!?=', '../../etc/passwd'),
  fc.constantFrom('a\u0000b', '<img src=x onerror=alert(1)>.html', '=?'.repeat(60), 'x'.repeat(5_000)),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const mediaType = fc.oneof(
  fc.constantFrom('text/plain', 'text/html', 'TEXT/HTML', 'multipart/mixed', 'multipart/alternative', 'multipart/related'),
  fc.constantFrom('MULTIPART/MIXED', 'message/rfc822', 'message/RFC822', 'image/png', 'image/svg+xml', 'application/pdf'),
  fc.constantFrom('/', 'text/', 'text', '', ';;;=', 'multipart/', 'multipart'),
  fc.string({ maxLength: 20 }),
);
const node = fc.record({
  type: mediaType,
  part: optional(fc.string({ maxLength: 8 })),
  parameters: optional(fc.record({ charset: word, name: word }, { requiredKeys: [] })),
  disposition: optional(fc.oneof(fc.constantFrom('attachment', 'inline', 'ATTACHMENT'), fc.string({ maxLength: 10 }))),
  dispositionParameters: optional(fc.record({ filename: word }, { requiredKeys: [] })),
  id: optional(fc.oneof(fc.constantFrom('<logo@x>', '<>', '<<a>>'), fc.string({ maxLength: 20 }))),
  encoding: optional(fc.constantFrom('base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-gibberish', 'BASE64')),
  size: optional(fc.integer({ min: -1, max: 2 ** 32 })),
  envelope: optional(fc.record({ subject: word }, { requiredKeys: [] })),
});
const { tree } = fc.letrec<{ tree: MessageStructureObject }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    node,
    fc.tuple(node, fc.array(tie('tree'), { maxLength: 6 })).map(([parent, childNodes]) => ({ ...parent, childNodes })),
  ) as fc.Arbitrary<MessageStructureObject>,
}));

/** Names a huge generated value in a failure report, instead of printing all of it. */
function described<T extends object>(value: T, text: string): T {
  return Object.assign(value, { [fc.toStringMethod]: () => text });
}

/** A chain `depth` levels deep (multipart or message/rfc822 by turns), or one multipart with `width` children. */
const extreme = fc.oneof(
  fc.record({ depth: fc.integer({ min: 33, max: 5_000 }), rfc822: fc.boolean() }).map(({ depth, rfc822 }) => {
    let current: MessageStructureObject = { type: 'text/html' };
    for (let level = 0; level < depth; level++) {
      current = { type: rfc822 && level % 2 ? 'message/rfc822' : 'multipart/mixed', childNodes: [current] };
    }
    return described(current, `<a BODYSTRUCTURE ${depth} levels deep${rfc822 ? ', rfc822 every other level' : ''}>`);
  }),
  fc.integer({ min: 400, max: 5_000 }).map((width) =>
    described<MessageStructureObject>(
      {
        type: 'multipart/mixed',
        childNodes: Array.from({ length: width }, (_, i) => ({ type: i % 3 ? 'image/png' : 'text/plain', id: `<p${i}@x>` })),
      },
      `<a multipart with ${width} children>`,
    ),
  ),
);

function checkStructure(root: MessageStructureObject): void {
  const { parts } = timed(() => listParts(root));
  expect(parts.length).toBeLessThanOrEqual(500);
  for (const part of parts) expect(part.type).toMatch(MEDIA_TYPE);
  // Every listed part can be found again, as the parts endpoint looks it up.
  const numbered = timed(() => numberParts(root));
  for (const part of parts) expect(findPart(numbered, part.part), `part ${part.part}`).toBeDefined();
  timed(() => hasAttachments(root));
  timed(() => chooseBody(parts));
  timed(() => attachmentsOf(parts, new Set(parts.map((part) => part.contentId ?? '')), parts[0]?.part ?? null));
}

// ---- bytes ----

const CORPORA = ['hostile', 'malformed'].map((name) => resolve(import.meta.dirname, '../../fixtures/mail', name));
const emlFiles = CORPORA.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => readFileSync(resolve(dir, file))),
);
/** A 2 KiB window of a corpus file (a partial fetch starts anywhere in a part), with bytes flipped. */
const corpusBytes = fc
  .record({
    file: fc.nat(emlFiles.length - 1),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    flips: fc.array(fc.tuple(fc.nat(2047), fc.nat(255)), { maxLength: 8 }),
  })
  .map(({ file, at, flips }) => {
    const source = emlFiles[file] ?? Buffer.alloc(0);
    const start = Math.floor(at * Math.max(0, source.length - 2048));
    const window = Buffer.from(source.subarray(start, start + 2048));
    for (const [offset, value] of flips) if (offset < window.length) window[offset] = value;
    return window;
  });
const bytes = fc.oneof(
  corpusBytes,
  fc.uint8Array({ maxLength: 2048 }).map((array) => Buffer.from(array)),
  fc.stringMatching(/^[A-Za-z0-9+/=!@#\r\n-]{0,1500}$/).map((text) => Buffer.from(text, 'latin1')),
  fc
    .array(fc.constantFrom('=', '=ZZ', '=4', '=\r\n', '=C3=A9', '<', '<style>', '</style>', '&amp;', '> ', '\r\n', 'abc '), {
      maxLength: 400,
    })
    .map((tokens) => Buffer.from(tokens.join(''), 'latin1')),
);
const partDescriptor = fc.record({
  type: fc.constantFrom('text/plain', 'text/html', 'TEXT/HTML', ''),
  encoding: fc.constantFrom('base64', 'quoted-printable', '7bit', 'x-gibberish', 'BASE64', null),
  charset: fc.constantFrom(
    'utf-8',
    'iso-2022-jp',
    'shift_jis',
    'windows-1251',
    'utf-7',
    'utf-16',
    'x-unknown',
    '',
    'UTF-32',
    null,
  ),
});

// ---- text ----

/** Long strings from tokens that drive the helpers' regular expressions the hardest; `size: 'max'` so lengths really reach the bound. */
const tokens = (list: string[], minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...list), { minLength, maxLength, size: 'max' }).map((parts) => parts.join(''));
/**
 * A Subject as RFC 5256 §2.1 reads it, ~150-200 kB (a header a sender controls; Dovecot
 * stores and serves a 1 MiB one, see the malformed corpus): well-formed reply markers and
 * [blobs], a long run of blobs, then any text.
 */
const subjectText = fc
  .tuple(
    tokens(['[a]', '[list] ', 'Re: ', 'RE :', 'Fwd:', 'fw: ', ' '], 0, 5_000),
    tokens(['[a]', '[list] ', ' '], 40_000, 50_000),
    tokens(['x', ' ', ']', '[', ':', '(fwd)', 'Re:'], 0, 50),
  )
  .map((parts) => {
    const text = parts.join('');
    return described({ text }, `<a Subject of ${text.length} characters: ${JSON.stringify(text.slice(0, 60))}…>`);
  });
const bodyText = tokens(
  ['http://', 'https://', 'mailto:', 'javascript:', '.', ',', 'a', ' ', '\n', '> ', ')', '"', 'x.y', '/'],
  0,
  40_000,
);
const linkText = tokens(['a', '-', '.', 'com', 'https://', '/', 'ex', '1', ' ', ':80', '?', '#', '..'], 0, 2_000);

describe('mail parsing under fuzzing', () => {
  it('lists, numbers and classifies random BODYSTRUCTURE trees', () => {
    fc.assert(fc.property(tree, checkStructure), { seed: SEED, numRuns: 400 });
  });

  it('bounds absurd depth and width', () => {
    fc.assert(fc.property(extreme, checkStructure), { seed: SEED, numRuns: 40 });
  });

  it('previews random and mutated part bytes in any encoding and charset', () => {
    fc.assert(
      fc.property(bytes, partDescriptor, (raw, part) => {
        const preview = timed(() => previewFromPartial(raw, part));
        expect(preview.length).toBeLessThanOrEqual(PREVIEW_LENGTH);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('reduces a header-sized subject to its RFC 5256 base subject in bounded time', () => {
    // endOnFailure: shrinking a too-slow input means running it again and again.
    fc.assert(
      fc.property(subjectText, ({ text }) => {
        timed(() => baseSubject(text));
      }),
      { seed: SEED, numRuns: 10, endOnFailure: true },
    );
  }, 60_000);

  it('linkifies text bodies and reads link text in bounded time', () => {
    fc.assert(
      fc.property(bodyText, linkText, linkText, (body, text, href) => {
        const lines = timed(() => linkifyText(body));
        for (const piece of lines.flatMap((line) => line.pieces)) {
          // A text body may only ever become http(s) and mailto: links.
          if (piece.kind === 'link') expect(piece.href).toMatch(/^(https?:\/\/|mailto:)/i);
        }
        timed(() => misleadingTarget(text, href));
        timed(() => misleadingTarget(text, `https://${href}`));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
