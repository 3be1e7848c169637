import { downloadEtag, serveDownload, withoutBody } from '@/lib/http/download-response';
import { type RouteContext, route } from '@/lib/http/route';
import { MessagePartParams } from '@/lib/http/route-params';
import { messageId } from '@/lib/ids';
import { downloadPart } from '@/lib/imap/download-part';

export const dynamic = 'force-dynamic';

type Context = RouteContext<true, undefined, undefined, typeof MessagePartParams>;

/** One decoded MIME part (attachment, cid: picture), streamed; Range, If-None-Match. */
function serve({ account, params: { messageId: ref, part }, headers, signal }: Context): Promise<Response> {
  return serveDownload(headers, downloadEtag(account, messageId(ref), part), (range) =>
    downloadPart(account, ref, part, range, signal),
  );
}

export const GET = route({ auth: true, params: MessagePartParams }, serve);
export const HEAD = route({ auth: true, params: MessagePartParams }, async (context) => withoutBody(await serve(context)));
