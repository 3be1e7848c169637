import type { Address } from '@/lib/schemas/message-list';
import type { MessageView } from '@/lib/schemas/message-view';
import { textToHtml } from './plain-rich';

/**
 * The original message as a reply quotes it or a forward carries it, as editor HTML: its
 * sanitized body (the reading pane's, remote content already removed) in a blockquote under
 * "On <date>, <sender> wrote:", or under the forwarded-message header block Gmail and
 * Thunderbird write. The editor keeps what it can represent (paragraphs, lists, links,
 * emphasis, quotes); the server sanitizes the result again before it is saved or sent.
 * An empty first paragraph is where the user writes.
 */
export function quotedReply(original: MessageView, timeZone?: string): string {
  const intro = `On ${when(original.date, timeZone)}, ${escapeHtml(people(original.from))} wrote:`;
  return `<p></p><p>${intro}</p><blockquote>${bodyHtml(original)}</blockquote>`;
}

export function quotedForward(original: MessageView, timeZone?: string): string {
  const lines = [
    '---------- Forwarded message ---------',
    `From: ${people(original.from)}`,
    `Date: ${when(original.date, timeZone)}`,
    `Subject: ${original.subject}`,
    `To: ${people(original.to)}`,
    ...(original.cc.length > 0 ? [`Cc: ${people(original.cc)}`] : []),
  ];
  return `<p></p><p>${lines.map(escapeHtml).join('<br>')}</p>${bodyHtml(original)}`;
}

function bodyHtml(original: MessageView): string {
  const { kind, content } = original.body;
  if (kind === 'html') return content;
  if (kind === 'text') return textToHtml(content);
  return '';
}

const people = (addresses: readonly Address[]) =>
  addresses.map(({ name, address }) => (name ? `${name} <${address}>` : address)).join(', ');

function when(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
