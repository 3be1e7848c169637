import { immutableJson } from '@/lib/http/immutable-json';
import { route } from '@/lib/http/route';
import { MessagePartParams } from '@/lib/http/route-params';
import { messageId } from '@/lib/ids';
import { getMessage } from '@/lib/imap/get-message';
import { MessageQuery } from '@/lib/schemas/message-view';

export const dynamic = 'force-dynamic';

/** A message attached to another as a message/rfc822 part (`MessageView`), cached forever like its parent. */
export const GET = route(
  { auth: true, params: MessagePartParams, query: MessageQuery },
  async ({ account, params: { messageId: ref, part }, query, headers }) =>
    immutableJson(headers, `${messageId(ref)}-${part}-${query.remote}`, () =>
      getMessage(account, ref, { allowRemote: query.remote === 'allow', part }),
    ),
);
