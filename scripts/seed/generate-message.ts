/**
 * The pure message generator: (seed, user, folder, index) → raw RFC 5322 bytes plus
 * a manifest entry. No clock, no Math.random, no I/O, so tests need no disk and the
 * same inputs always give byte-identical output. Replies compute their parent's
 * Message-ID, sender, date and text from the same pure functions instead of
 * generating the parent.
 */
import { attachmentSet, invoiceNumber } from './attachments';
import {
  alternativeBody,
  attachedMessageBody,
  type Body,
  charsetBody,
  inlineImageBody,
  letterBody,
  mixedBody,
  textLeaf,
} from './bodies';
import { CHARSET_SAMPLES, type Charset, type CharsetSample } from './charsets';
import { type Letter, letterFor, newsletterFor, paragraphsFor, renderHtml, renderText } from './content';
import { type FolderDef, folderDef } from './folders';
import {
  type Chunk,
  header,
  isAscii,
  type Mailbox,
  mailboxTokens,
  type Part,
  partHeaders,
  serializeBody,
  textHeader,
} from './mime-build';
import { type Plan, planMessage } from './plan';
import { Rng } from './prng';
import type { SeededMessage } from './types';
import { BILLING, CONTACTS, type Contact, NEWSLETTERS, SUBJECTS, TEAM_SUBJECTS, ZONES } from './words';

export interface GenContext {
  seed: number;
  /** Mailbox owner; the address is `${user}@letterbox.test` (RFC 2606 reserved TLD). */
  user: string;
}

export interface GeneratedMessage {
  raw: Buffer;
  entry: SeededMessage;
  /** Arrival time in Unix seconds: the Maildir filename's time and the file's mtime. */
  time: number;
  /** Maildir info flags (F flagged, R replied, S seen), in the ASCII order the Maildir spec requires. */
  flags: string;
}

const CRLF = '\r\n';

export function ownerMailbox(user: string): Contact {
  return { name: user.charAt(0).toUpperCase() + user.slice(1), address: `${user}@letterbox.test` };
}

/** RFC 5322 §3.6.4 msg-id, stable per (seed, folder, index) so replies can reference it. */
export function messageIdFor(seed: number, folder: string, index: number): string {
  return `<${Rng.from(`${seed}|${folder}|${index}|mid`).hex(16)}.${index}@seed.letterbox.test>`;
}

/** The subject and three participants of the thread started at `root`. */
export function threadFor(seed: number, def: FolderDef, root: number): { subject: string; people: Contact[] } {
  const rng = Rng.from(`${seed}|${def.path}|${root}|thread`);
  const people: Contact[] = [];
  while (people.length < 3) {
    const c = rng.pick(CONTACTS);
    if (!people.includes(c)) people.push(c);
  }
  return { subject: rng.pick(def.style === 'team' ? TEAM_SUBJECTS : [...TEAM_SUBJECTS, ...SUBJECTS]), people };
}

/** RFC 5322 §3.3 date-time, shown in the sender's zone. */
export function formatDate(ms: number, zoneMinutes: number): string {
  const d = new Date(ms + zoneMinutes * 60_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const z = Math.abs(zoneMinutes);
  const zone = `${zoneMinutes < 0 ? '-' : '+'}${p(Math.floor(z / 60))}${p(z % 60)}`;
  return (
    `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${zone}`
  );
}

/** Address-list tokens with the separating comma glued to each mailbox's last token (RFC 5322 §3.4). */
function addressList(list: Mailbox[], enc: 'B' | 'Q', charset: Charset = 'UTF-8'): string[] {
  return list.flatMap((mb, i) => {
    const toks = mailboxTokens(mb, enc, charset);
    if (i < list.length - 1) toks[toks.length - 1] += ',';
    return toks;
  });
}

interface Envelope {
  from: Contact;
  to: Contact[];
  cc: Contact[];
  subject: string;
  body: Body;
  /** Charset for From/Subject encoded-words: the body's legacy charset for charset samples. */
  headerCharset: Charset;
  subjectEnc?: 'B' | 'Q';
  listId?: string;
  attachedMessage?: SeededMessage['attachedMessage'];
}

/** Decides sender, recipients, subject and body for the planned kind. */
function envelope(ctx: GenContext, def: FolderDef, index: number, plan: Plan, rng: Rng): Envelope {
  const me = ownerMailbox(ctx.user);
  const style = def.style;
  const paragraphs = paragraphsFor(ctx.seed, def.path, index, style);
  let from: Contact = style === 'sent' ? me : rng.pick(CONTACTS);
  const to = style === 'sent' ? [rng.pick(CONTACTS)] : [me];
  const cc: Contact[] = [];
  const subject = rng.pick(style === 'intl' ? SUBJECTS.filter((s) => !isAscii(s)) : SUBJECTS);
  const html = rng.chance(0.5);
  const letter = (): Letter => letterFor(rng, (to[0] as Contact).name, from.name, paragraphs);
  const base = { to, cc, headerCharset: 'UTF-8' as Charset };

  switch (plan.kind) {
    case 'charset': {
      const sample = CHARSET_SAMPLES[plan.variant % CHARSET_SAMPLES.length] as CharsetSample;
      return {
        ...base,
        from: sample.from,
        subject: sample.subject,
        body: charsetBody(sample),
        headerCharset: sample.charset,
        subjectEnc: sample.subjectEncoding,
      };
    }
    case 'newsletter': {
      const nl = rng.pick(NEWSLETTERS);
      const issue = 100 + (index % 900);
      const n = newsletterFor(rng, nl.title, issue);
      return {
        ...base,
        from: nl.sender,
        subject: `${nl.title}: ${n.headline}`,
        body: { part: alternativeBody(n.text, n.html, rng) },
        listId: nl.listId,
      };
    }
    case 'inline-image':
      return {
        ...base,
        from,
        subject: 'Our new logo – what do you think? 🎨',
        body: inlineImageBody(letter(), rng, 'seed.letterbox.test'),
      };
    case 'thread-root':
    case 'reply': {
      const thread = threadFor(ctx.seed, def, plan.root ?? index);
      from = thread.people[plan.depth % 3] as Contact;
      const others = thread.people.filter((p) => p !== from).slice(0, style === 'team' ? 2 : 0);
      const l = letter();
      if (plan.parent !== undefined) {
        const parentPlan = planMessage(ctx.seed, def, plan.parent);
        const parentFrom = thread.people[parentPlan.depth % 3] as Contact;
        l.quote = {
          attribution: `On ${formatDate(parentPlan.date, 0)}, ${parentFrom.name} <${parentFrom.address}> wrote:`,
          paragraphs: paragraphsFor(ctx.seed, def.path, plan.parent, style),
        };
      }
      const subj = plan.kind === 'reply' ? `Re: ${thread.subject}` : thread.subject;
      return { ...base, cc: others, from, subject: subj, body: letterBody(l, rng, html) };
    }
    case 'attachment': {
      const set = plan.attachments ?? 'small';
      if (set === 'invoice' && style !== 'sent') from = rng.pick(BILLING);
      const { files, subjectHint } = attachmentSet(set, rng, new Date(plan.date), plan.variant);
      const l = letter();
      const textPart = html ? alternativeBody(renderText(l), renderHtml(l), rng) : textLeaf(renderText(l), rng);
      const subjects: Record<string, string> = {
        invoice: `Your invoice ${subjectHint || invoiceNumber(rng)} is ready`,
        'intl-names': 'Documents for the client meeting – Résumé & Отчёт',
        photo: 'Photos from the weekend 📷',
        five: `Full-resolution scan (${subjectHint})`,
        three: `Panorama from the offsite (${subjectHint})`,
        twenty: `Print-ready poster (${subjectHint})`,
      };
      return { ...base, from, subject: subjects[set] ?? subject, body: mixedBody(textPart, files, rng) };
    }
    case 'forward': {
      // The original: another sender's HTML letter to the owner, sent a day before the forward.
      const original = rng.pick(CONTACTS.filter((contact) => contact !== from));
      const inner = letterFor(rng, me.name, original.name, paragraphs);
      const innerHead =
        header('Date', formatDate(plan.date - 86_400_000, 60)) +
        header('From', mailboxTokens(original, 'Q')) +
        header('To', addressList([me], 'Q')) +
        textHeader('Subject', subject, 'Q') +
        header('Message-ID', `<${rng.hex(16)}.original@seed.letterbox.test>`) +
        header('MIME-Version', '1.0');
      const raw = serializeMessage(innerHead, letterBody(inner, rng, true).part);
      const note = `Forwarding this one: the original is attached.${CRLF}${CRLF}${from.name}${CRLF}`;
      return {
        ...base,
        from,
        subject: `Fwd: ${subject}`,
        body: attachedMessageBody(note, raw, rng),
        attachedMessage: { subject, fromAddress: original.address, firstParagraph: paragraphs[0] ?? '' },
      };
    }
    default:
      return { ...base, from, subject, body: letterBody(letter(), rng, plan.kind === 'alternative') };
  }
}

/** Header lines (already formatted) plus a body: the bytes of one RFC 5322 message. */
function serializeMessage(head: string, part: Part): Buffer {
  const chunks: Chunk[] = [head, partHeaders(part), CRLF];
  serializeBody(part, chunks);
  return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
}

export function generateMessage(ctx: GenContext, folder: string, index: number): GeneratedMessage {
  const def = folderDef(folder);
  const plan = planMessage(ctx.seed, def, index);
  const rng = Rng.from(`${ctx.seed}|${folder}|${index}|msg`);
  const env = envelope(ctx, def, index, plan, rng);
  const messageId = messageIdFor(ctx.seed, folder, index);
  const zone = env.from.address === ownerMailbox(ctx.user).address ? 120 : rng.pick(ZONES);
  // Both encodings on alternating messages, so any 2 consecutive messages show B and Q (RFC 2047 §4).
  const subjectEnc = env.subjectEnc ?? (index % 2 === 0 ? 'B' : 'Q');
  const nameEnc = index % 2 === 0 ? 'Q' : 'B';

  let head = '';
  if (def.style !== 'sent') {
    const domain = env.from.address.slice(env.from.address.indexOf('@') + 1);
    head += header('Return-Path', `<${env.from.address}>`);
    // Folded by hand (RFC 5322 §3.6.7 trace fields) so every line stays under 78 characters.
    head +=
      `Received: from mail.${domain}${CRLF}\t(mail.${domain} [192.0.2.${1 + (index % 254)}])${CRLF}` +
      `\tby mx.letterbox.test (Postfix) with ESMTPS id ${rng.hex(10).toUpperCase()}${CRLF}` +
      `\tfor <${ownerMailbox(ctx.user).address}>;${CRLF}\t${formatDate(plan.date, 0)}${CRLF}`;
  }
  head += header('Date', formatDate(plan.date, zone));
  head += header('From', mailboxTokens(env.from, nameEnc, env.headerCharset));
  head += header('To', addressList(env.to, nameEnc));
  if (env.cc.length) head += header('Cc', addressList(env.cc, nameEnc));
  head += textHeader('Subject', env.subject, subjectEnc, env.headerCharset);
  head += header('Message-ID', messageId);
  let references: string[] | undefined;
  if (plan.parent !== undefined && plan.root !== undefined) {
    // RFC 5322 §3.6.4: References lists the ancestors oldest first; In-Reply-To is the parent.
    references = [];
    for (let i = plan.root; i > index; i--) references.push(messageIdFor(ctx.seed, folder, i));
    head += header('In-Reply-To', messageIdFor(ctx.seed, folder, plan.parent));
    head += header('References', references);
  }
  if (env.listId) {
    head += header('List-Id', `<${env.listId}>`);
    head += header('List-Unsubscribe', `<https://news.example.com/unsubscribe/${rng.hex(12)}>`);
    head += header('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'); // RFC 8058
  }
  head += header('MIME-Version', '1.0');
  const raw = serializeMessage(head, env.body.part);

  const entry: SeededMessage = {
    folder,
    index,
    messageId,
    subject: env.subject,
    from: env.from.name || env.from.address,
    fromAddress: env.from.address,
    date: new Date(plan.date).toISOString(),
    seen: plan.seen,
    flagged: plan.flagged,
    answered: plan.answered,
    kind: plan.kind,
    size: raw.length,
  };
  if (env.body.charset)
    Object.assign(entry, {
      charset: env.body.charset,
      transferEncoding: env.body.transferEncoding,
      expectedText: env.body.expectedText,
    });
  if (plan.parent !== undefined) Object.assign(entry, { inReplyTo: messageIdFor(ctx.seed, folder, plan.parent), references });
  if (env.body.attachments) entry.attachments = env.body.attachments;
  if (env.attachedMessage) entry.attachedMessage = env.attachedMessage;
  const flags = `${plan.flagged ? 'F' : ''}${plan.answered ? 'R' : ''}${plan.seen ? 'S' : ''}`;
  return { raw, entry, time: Math.floor(plan.date / 1000), flags };
}
