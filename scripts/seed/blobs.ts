/**
 * Attachment payloads: real, openable files (PNG images, one-page PDFs, small text
 * files), generated deterministically. Large ones are built once per process and
 * reused, together with their base64 form, so 100k messages cost one encode per blob.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { base64Lines } from './mime-build';
import { Rng } from './prng';

export interface Blob {
  bytes: Buffer;
  sha256: string;
  /** Base64 wrapped at 76 (RFC 2045 §6.8), computed once. */
  base64: () => Buffer;
}

export function makeBlob(bytes: Buffer): Blob {
  let b64: Buffer | undefined;
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    base64: () => {
      b64 ??= base64Lines(bytes);
      return b64;
    },
  };
}

const cache = new Map<string, Blob>();

/** Builds a named blob once; the key must fully determine the content. */
export function cachedBlob(key: string, build: () => Buffer): Blob {
  let blob = cache.get(key);
  if (!blob) {
    blob = makeBlob(build());
    cache.set(key, blob);
  }
  return blob;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** PNG chunk: length, type, data, CRC over type+data (PNG spec §5.3). */
function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export interface PngOptions {
  width: number;
  height: number;
  /** Photo-like noise; without it the image is a smooth gradient that compresses to almost nothing. */
  noise: boolean;
  /** zlib level: 0 stores the pixels as-is, so the file size is predictable from the dimensions. */
  level: 0 | 9;
  /** Pads with a tEXt comment chunk to exactly this many bytes. */
  exactSize?: number;
  seed: string;
}

/** A valid 8-bit RGB PNG (colour type 2), so viewers and thumbnailers can really decode it. */
export function makePng(o: PngOptions): Buffer {
  const row = 1 + o.width * 3;
  const raw = Buffer.alloc(row * o.height);
  if (o.noise) Rng.from(o.seed).fill(raw);
  for (let y = 0; y < o.height; y++) {
    const base = y * row;
    raw[base] = 0; // filter type None
    const gy = Math.floor((y * 200) / o.height);
    for (let x = 0; x < o.width; x++) {
      const p = base + 1 + x * 3;
      const gx = Math.floor((x * 200) / o.width);
      const n = o.noise ? 31 : 0;
      raw[p] = 20 + gx + ((raw[p] as number) & n);
      raw[p + 1] = 20 + Math.floor((gx + gy) / 2) + ((raw[p + 1] as number) & n);
      raw[p + 2] = 20 + gy + ((raw[p + 2] as number) & n);
    }
  }
  if (!o.noise) {
    // Filter type 1 "Sub" (PNG spec §9.2): a smooth gradient becomes runs of tiny deltas that deflate well.
    // Walk right to left so each delta is taken against the unfiltered left neighbour.
    for (let y = 0; y < o.height; y++) {
      const base = y * row;
      raw[base] = 1;
      for (let i = row - 1; i > 3; i--) raw[base + i] = ((raw[base + i] as number) - (raw[base + i - 3] as number)) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(o.width, 0);
  ihdr.writeUInt32BE(o.height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = [
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: o.level })),
    pngChunk('IEND', Buffer.alloc(0)),
  ];
  const size = signature.length + chunks.reduce((n, c) => n + c.length, 0);
  if (o.exactSize !== undefined) {
    const pad = o.exactSize - size - 12 - 'Comment\0'.length;
    if (pad < 0) throw new Error(`PNG of ${size} bytes does not fit in ${o.exactSize}`);
    const text = Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(pad, 'Letterbox seed padding. ')]);
    chunks.splice(1, 0, pngChunk('tEXt', text));
  }
  return Buffer.concat([signature, ...chunks]);
}

/** A photo of exactly `bytes` bytes: dimensions chosen to fill it, the rest padded (see makePng). */
export function photoOfSize(bytes: number, width: number, seed: string): Buffer {
  const height = Math.floor((bytes - 8192) / (1 + width * 3));
  return makePng({ width, height, noise: true, level: 0, exactSize: bytes, seed });
}

/** PDF string escaping: backslash and parentheses (PDF 1.7 §7.3.4.2); the text is ASCII by construction. */
const pdfText = (s: string) => s.replace(/[\\()]/g, '\\$&');

/** A one-page PDF with a few lines of Helvetica text and a correct xref table. */
export function makePdf(lines: string[]): Buffer {
  const content = `BT /F1 14 Tf 72 770 Td 18 TL ${lines.map((l) => `(${pdfText(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  // Each xref entry is exactly 20 bytes, EOL included (PDF 1.7 §7.5.4).
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Exact size of the big attachments, so tests can look them up by size. */
export const FIVE_MIB = 5 * 1024 * 1024;
export const THREE_MIB = 3 * 1024 * 1024;
export const TWENTY_MIB = 20 * 1024 * 1024;

/** The named, reusable blobs. Dimensions for the mid-size photos give 230–520 KiB files. */
export const BLOBS = {
  logo: () => cachedBlob('logo', () => makePng({ width: 120, height: 40, noise: false, level: 9, seed: 'logo' })),
  photo: (variant: number) => {
    const [w, h] = (
      [
        [320, 240],
        [400, 300],
        [480, 360],
      ] as const
    )[variant % 3] as readonly [number, number];
    return cachedBlob(`photo${variant % 3}`, () =>
      makePng({ width: w, height: h, noise: true, level: 0, seed: `photo${variant % 3}` }),
    );
  },
  five: () => cachedBlob('five', () => photoOfSize(FIVE_MIB, 1280, 'five')),
  three: () => cachedBlob('three', () => photoOfSize(THREE_MIB, 1024, 'three')),
  twenty: () => cachedBlob('twenty', () => photoOfSize(TWENTY_MIB, 2560, 'twenty')),
};
