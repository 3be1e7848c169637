/**
 * Attachment parts for each AttachmentSet in plan.ts, with their manifest entries.
 * Filenames that are not plain ASCII travel as RFC 2231 parameters, both in
 * Content-Disposition `filename` (RFC 2183) and in the Content-Type `name` that older
 * readers still look at.
 */
import { BLOBS, type Blob, makeBlob, makePdf } from './blobs';
import { fileParam, type Leaf, leaf } from './mime-build';
import type { AttachmentSet } from './plan';
import type { Rng } from './prng';
import type { SeededAttachment } from './types';
import { SENTENCES, SMALL_ATTACHMENTS } from './words';

export interface BuiltAttachment {
  leaf: Leaf;
  info: SeededAttachment;
}

interface FileSpec {
  filename: string;
  contentType: string;
  blob: Blob;
  /** Force `filename*0*=` continuations (RFC 2231 §3) even for a short name. */
  continuation?: boolean;
  inline?: { contentId: string };
}

/** One base64 attachment (RFC 2045 §6.8); the blob's encoded form is reused, never re-encoded. */
export function attachmentPart(spec: FileSpec): BuiltAttachment {
  const disposition = spec.inline ? 'inline' : 'attachment';
  const leafPart = leaf({
    contentType: spec.contentType,
    // Text files are UTF-8; without a charset a reader would have to assume US-ASCII (RFC 2046 §4.1.2).
    params: [
      ...(spec.contentType.startsWith('text/') ? ['charset=UTF-8'] : []),
      ...fileParam('name', spec.filename, spec.continuation),
    ],
    encoding: 'base64',
    contentId: spec.inline?.contentId,
    disposition: { type: disposition, params: fileParam('filename', spec.filename, spec.continuation) },
    encoded: spec.blob.base64(),
  });
  const info: SeededAttachment = {
    filename: spec.filename,
    contentType: spec.contentType,
    size: spec.blob.bytes.length,
    sha256: spec.blob.sha256,
    disposition,
  };
  if (spec.inline) info.contentId = spec.inline.contentId;
  return { leaf: leafPart, info };
}

const CRLF = '\r\n';

/** Small text attachments are generated per message: cheap, and varied content looks real. */
function smallFile(rng: Rng, date: Date): FileSpec {
  const kind = rng.pick(SMALL_ATTACHMENTS);
  let text: string;
  switch (kind.contentType) {
    case 'text/csv':
      text = [
        'category,planned,actual',
        ...['hosting', 'travel', 'hardware', 'software'].map((c) => `${c},${rng.range(100, 9000)},${rng.range(100, 9000)}`),
      ].join(CRLF);
      break;
    case 'text/calendar': {
      const stamp = date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      // RFC 5545 requires CRLF line endings inside the iCalendar object too.
      text = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Letterbox//Seed//EN',
        'BEGIN:VEVENT',
        `UID:${rng.hex(16)}@letterbox.test`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${stamp}`,
        'SUMMARY:Planning session',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join(CRLF);
      break;
    }
    case 'application/json':
      text = JSON.stringify(
        { retries: rng.range(1, 5), timeoutMs: rng.range(1, 30) * 1000, region: rng.pick(['eu-west', 'us-east']) },
        null,
        2,
      );
      break;
    default:
      text = [rng.pick(SENTENCES), rng.pick(SENTENCES), rng.pick(SENTENCES)].join(CRLF);
  }
  return { filename: kind.filename, contentType: kind.contentType, blob: makeBlob(Buffer.from(`${text}${CRLF}`, 'utf8')) };
}

export function invoiceNumber(rng: Rng): string {
  return `INV-2026-${String(rng.range(1, 9999)).padStart(4, '0')}`;
}

function invoicePdf(number: string, amount: string): Blob {
  return makeBlob(makePdf([`Invoice ${number}`, 'Acme Hosting Ltd.', `Amount due: EUR ${amount}`, 'Payment within 30 days.']));
}

/** The files of one attachment set; `subjectHint` lets the caller title the message after them. */
export function attachmentSet(
  set: AttachmentSet,
  rng: Rng,
  date: Date,
  variant: number,
): { files: FileSpec[]; subjectHint: string } {
  switch (set) {
    case 'small': {
      const files = [smallFile(rng, date)];
      if (rng.chance(0.3)) files.push(smallFile(rng, date));
      return { files, subjectHint: '' };
    }
    case 'invoice': {
      const number = invoiceNumber(rng);
      const amount = `${rng.range(9, 900)}.${String(rng.range(0, 99)).padStart(2, '0')}`;
      return {
        files: [{ filename: `Invoice-${number}.pdf`, contentType: 'application/pdf', blob: invoicePdf(number, amount) }],
        subjectHint: number,
      };
    }
    case 'intl-names':
      return {
        files: [
          // Short enough for a single `filename*=UTF-8''...` (RFC 2231 §4).
          { filename: 'Résumé – José Álvarez.pdf', contentType: 'application/pdf', blob: invoicePdf('CV-1', '0.00') },
          // Long CJK name, sent as `filename*0*=UTF-8''...; filename*1*=...` (RFC 2231 §3 + §4).
          {
            filename: '2026年度 第3四半期 売上報告書（最終版・社外秘）.txt',
            contentType: 'text/plain',
            continuation: true,
            blob: makeBlob(Buffer.from(`売上は前年同期比12%増でした。${CRLF}`, 'utf8')),
          },
          {
            filename: 'Отчёт за сентябрь 📊.csv',
            contentType: 'text/csv',
            blob: makeBlob(Buffer.from(`месяц,сумма${CRLF}сентябрь,4200${CRLF}`, 'utf8')),
          },
        ],
        subjectHint: '',
      };
    case 'photo':
      return {
        files: [
          {
            filename: `IMG_2026${String(1000 + (variant % 9000)).slice(-4)}.png`,
            contentType: 'image/png',
            blob: BLOBS.photo(variant),
          },
        ],
        subjectHint: '',
      };
    case 'five':
      return {
        files: [{ filename: 'scan-full-resolution.png', contentType: 'image/png', blob: BLOBS.five() }],
        subjectHint: '5 MiB',
      };
    case 'three':
      return {
        files: [{ filename: 'panorama-offsite.png', contentType: 'image/png', blob: BLOBS.three() }],
        subjectHint: '3 MiB',
      };
    case 'twenty':
      return {
        files: [{ filename: 'poster-print-ready.png', contentType: 'image/png', blob: BLOBS.twenty() }],
        subjectHint: '20 MiB',
      };
  }
}
