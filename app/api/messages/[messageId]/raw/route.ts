import { downloadEtag, serveDownload, withoutBody } from '@/lib/http/download-response';
import { type RouteContext, route } from '@/lib/http/route';
import { downloadRaw } from '@/lib/imap/download-raw';

export const dynamic = 'force-dynamic';

/** The original message as stored (`message/rfc822`), streamed as an .eml download. */
function serve({ account, params, headers, signal }: RouteContext<true, undefined, undefined>): Promise<Response> {
  const id = params.messageId ?? '';
  return serveDownload(headers, downloadEtag(account, id, 'raw'), (range) => downloadRaw(account, id, range, signal));
}

export const GET = route({ auth: true }, serve);
export const HEAD = route({ auth: true }, async (context) => withoutBody(await serve(context)));
