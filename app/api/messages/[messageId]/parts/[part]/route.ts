import { downloadEtag, serveDownload, withoutBody } from '@/lib/http/download-response';
import { type RouteContext, route } from '@/lib/http/route';
import { downloadPart } from '@/lib/imap/download-part';

export const dynamic = 'force-dynamic';

/** One decoded MIME part (attachment, cid: picture), streamed; Range, If-None-Match. */
function serve({ account, params, headers, signal }: RouteContext<true, undefined, undefined>): Promise<Response> {
  const id = params.messageId ?? '';
  const part = params.part ?? '';
  return serveDownload(headers, downloadEtag(account, id, part), (range) => downloadPart(account, id, part, range, signal));
}

export const GET = route({ auth: true }, serve);
export const HEAD = route({ auth: true }, async (context) => withoutBody(await serve(context)));
