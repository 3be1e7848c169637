import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStaged } from '@/lib/attachments/open-staged';
import { stageMultipart } from '@/lib/attachments/stage-multipart';
import { ownerDir } from '@/lib/attachments/staging-dir';
import {
  alice,
  aliceElsewhere,
  countingStream,
  FORM_TYPE,
  type FormPart,
  filesAround,
  filesUnder,
  formBody,
  KiB,
  MiB,
  mallory,
  randomChunks,
  removeTempStores,
  sha256,
  streamSha256,
  tempStore,
  upload,
} from './support';

afterEach(removeTempStores);

const file = (data: Uint8Array[], extra: Partial<FormPart> = {}): FormPart => ({
  name: 'file',
  filename: 'report.pdf',
  contentType: 'application/pdf',
  data,
  ...extra,
});

describe('stageMultipart', () => {
  it('stages a file byte for byte, with its name and type, for every session of the account', async () => {
    const config = await tempStore();
    // Odd sizes, so the boundary search sees the data cut at awkward places.
    const data = [randomBytes(70_001), randomBytes(3), randomBytes(200_000)];
    const { stream } = countingStream(formBody([file(data, { filename: 'Résumé final.pdf' })]));
    const request = upload(stream, { 'content-type': FORM_TYPE });

    const staged = await stageMultipart(alice, request.body, request.headers, config);

    expect(staged).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      filename: 'Résumé final.pdf',
      size: 270_004,
      contentType: 'application/pdf',
    });
    const opened = await openStaged(aliceElsewhere, staged.id, config);
    expect(opened).toMatchObject(staged);
    expect(await streamSha256(opened.stream())).toBe(sha256(data));
    // The bytes are kept under the random id, private to the server's user.
    const dir = ownerDir(config.dir, alice);
    expect((await filesUnder(config.dir)).sort()).toEqual(
      [`${staged.id}.data`, `${staged.id}.json`].map((name) => join(dir.slice(config.dir.length + 1), name)),
    );
    expect((await stat(config.dir)).mode & 0o777).toBe(0o700);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, `${staged.id}.data`))).mode & 0o777).toBe(0o600);
  });

  it('stops reading as soon as the file passes the limit, answers 413 and leaves no file', async () => {
    const config = await tempStore({ maxBytes: MiB });
    const source = countingStream(formBody([file([...randomChunks(3 * MiB, 64 * KiB)])]));
    const request = upload(source.stream, { 'content-type': FORM_TYPE });

    await expect(stageMultipart(alice, request.body, request.headers, config)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Attachments can be at most 1 MB.',
    });
    // One 64 KiB chunk past the limit at most, plus the part's headers: not the 3 MiB on offer.
    expect(source.counts.pulled).toBeGreaterThan(MiB);
    expect(source.counts.pulled).toBeLessThanOrEqual(MiB + 2 * 64 * KiB);
    // Stopped, not cancelled: cancelling Next's body destroys the socket before the 413 is sent (read-chunk.ts).
    expect(source.counts.cancelled).toBe(false);
    expect(await filesAround(config)).toEqual([]);
  });

  it('refuses a form whose Content-Length cannot fit before reading a byte', async () => {
    const config = await tempStore({ maxBytes: MiB });
    const source = countingStream(formBody([file([...randomChunks(3 * MiB)])]));
    const request = upload(source.stream, { 'content-type': FORM_TYPE, 'content-length': String(3 * MiB + 200) });

    await expect(stageMultipart(alice, request.body, request.headers, config)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(source.counts.pulled).toBe(0);
  });

  it('takes a file of exactly the limit', async () => {
    const config = await tempStore({ maxBytes: 256 * KiB });
    const data = [...randomChunks(256 * KiB, 10_000)];
    const request = upload(countingStream(formBody([file(data)])).stream, { 'content-type': FORM_TYPE });

    const staged = await stageMultipart(alice, request.body, request.headers, config);
    expect(staged.size).toBe(256 * KiB);
    expect(await streamSha256((await openStaged(alice, staged.id, config)).stream())).toBe(sha256(data));
  });

  it.each([
    ['a path with CR LF (filename*)', { filename: undefined, filenameStar: '../../etc/passwd\r\n' }, 'passwd'],
    ['a Windows path', { filename: '..\\..\\Windows\\evil.txt' }, 'evil.txt'],
    ['NUL and a bidi override', { filename: undefined, filenameStar: 'inv\u0000oice\u202Egpj.exe' }, 'invoicegpj.exe'],
  ])('keeps a hostile filename (%s) for display only, and writes nothing outside the store', async (_name, names, shown) => {
    const config = await tempStore();
    const request = upload(countingStream(formBody([file([randomBytes(100)], names)])).stream, { 'content-type': FORM_TYPE });

    const staged = await stageMultipart(alice, request.body, request.headers, config);

    expect(staged.filename).toBe(shown);
    const files = await filesAround(config);
    expect(files).toHaveLength(2);
    for (const path of files) expect(path).toMatch(new RegExp(`^store/[A-Za-z0-9_-]{43}/${staged.id}\\.(data|json)$`));
  });

  it('stores the part’s type as type/subtype, without parameters', async () => {
    const config = await tempStore();
    const stage = async (contentType: string | undefined) => {
      const request = upload(countingStream(formBody([file([randomBytes(10)], { contentType })])).stream, {
        'content-type': FORM_TYPE,
      });
      return (await stageMultipart(alice, request.body, request.headers, config)).contentType;
    };
    expect(await stage('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(await stage('image/svg+xml')).toBe('image/svg+xml');
    expect(await stage('application/octet-stream')).toBe('application/octet-stream');
    // A part without a usable type is text/plain to busboy, as RFC 7578 §4.4 says; browsers always send one.
    expect(await stage('pdf')).toBe('text/plain');
  });

  const one = () => [randomBytes(1000)];
  it.each<[string, string, Iterable<Uint8Array>]>([
    ['a JSON body', 'application/json', [Buffer.from('{"file":"x"}')]],
    ['a urlencoded form', 'application/x-www-form-urlencoded', [Buffer.from('file=x')]],
    ['a form without a boundary', 'multipart/form-data', formBody([file(one())])],
    ['no parts at all', FORM_TYPE, formBody([])],
    ['a text field instead of a file', FORM_TYPE, formBody([{ name: 'file', data: one() }])],
    ['the file under another name', FORM_TYPE, formBody([file(one(), { name: 'upload' })])],
    ['a file without a name', FORM_TYPE, formBody([file(one(), { filename: '' })])],
    ['two files', FORM_TYPE, formBody([file(one()), file(one(), { filename: 'b.pdf' })])],
    ['a field beside the file', FORM_TYPE, formBody([file(one()), { name: 'note', data: [Buffer.from('hi')] }])],
    ['a field before the file', FORM_TYPE, formBody([{ name: 'note', data: [Buffer.from('hi')] }, file(one())])],
    ['a body cut off mid-file', FORM_TYPE, formBody([file(one())], { close: false })],
    ['garbage', FORM_TYPE, [randomBytes(5000)]],
  ])('refuses %s as BAD_REQUEST and keeps nothing', async (_name, contentType, body) => {
    const config = await tempStore();
    const request = upload(countingStream(body).stream, { 'content-type': contentType });

    await expect(stageMultipart(alice, request.body, request.headers, config)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await filesAround(config)).toEqual([]);
  });

  it('holds the account to its total, and counts nothing of another account', async () => {
    const config = await tempStore({ maxBytes: MiB, accountMaxBytes: 1.5 * MiB });
    const stage = (account = alice) => {
      const request = upload(countingStream(formBody([file([...randomChunks(MiB)])])).stream, { 'content-type': FORM_TYPE });
      return stageMultipart(account, request.body, request.headers, config);
    };
    const first = await stage();

    await expect(stage()).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('1.5 MB in all') });
    expect((await filesUnder(config.dir)).filter((path) => path.includes(first.id))).toHaveLength(2);
    expect(await filesUnder(config.dir)).toHaveLength(2);
    await expect(stage(mallory)).resolves.toMatchObject({ size: MiB });
  });
});
