import type { ImapFlow } from 'imapflow';

/** The floor of a download: imapflow's streaming download() with its defaults, read to the end. */
export async function downloadDirect(client: ImapFlow, uid: number, part: string): Promise<number> {
  const download = await client.download(String(uid), part, { uid: true });
  let bytes = 0;
  for await (const chunk of download.content ?? []) bytes += (chunk as Buffer).length;
  return bytes;
}

/**
 * A faster direct client, for reference: `BINARY.PEEK[part]<offset.2MiB>` (RFC 3516) chunks,
 * decoded by the server. Reported beside the floor so the reader sees how much the chunk
 * size alone decides.
 */
export async function downloadBinaryChunks(
  client: ImapFlow,
  uid: number,
  part: string,
  chunk = 2 * 1024 * 1024,
): Promise<number> {
  let offset = 0;
  for (;;) {
    const query = { bodyParts: [{ key: part, start: offset, maxLength: chunk }] };
    const message = await client.fetchOne(String(uid), query, { uid: true, binary: true });
    const body = message ? message.bodyParts?.get(part) : undefined;
    offset += body?.length ?? 0;
    if (!body || body.length < chunk) return offset;
  }
}
