import { downloadEtag, serveDownload, withoutBody } from '@/lib/http/download-response';
import { type RouteContext, route } from '@/lib/http/route';
import { MessageParams } from '@/lib/http/route-params';
import { messageId } from '@/lib/ids';
import { downloadRaw } from '@/lib/imap/download-raw';

export const dynamic = 'force-dynamic';

type Context = RouteContext<true, undefined, undefined, typeof MessageParams>;

/** The original message as stored (`message/rfc822`), streamed as an .eml download. */
function serve({ account, params: { messageId: ref }, headers, signal }: Context): Promise<Response> {
  return serveDownload(headers, downloadEtag(account, messageId(ref), 'raw'), (range) =>
    downloadRaw(account, ref, range, signal),
  );
}

export const GET = route({ auth: true, params: MessageParams }, serve);
export const HEAD = route({ auth: true, params: MessageParams }, async (context) => withoutBody(await serve(context)));
