import { immutableJson } from '@/lib/http/immutable-json';
import { route } from '@/lib/http/route';
import { MessageParams } from '@/lib/http/route-params';
import { messageId } from '@/lib/ids';
import { getMessage } from '@/lib/imap/get-message';
import { MessageQuery } from '@/lib/schemas/message-view';

export const dynamic = 'force-dynamic';

/** A message for the reading pane (`MessageView`): headers, MIME tree, sanitized body. Cached forever per id. */
export const GET = route(
  { auth: true, params: MessageParams, query: MessageQuery },
  async ({ account, params: { messageId: ref }, query, headers }) =>
    immutableJson(headers, `${messageId(ref)}-${query.remote}`, () =>
      getMessage(account, ref, { allowRemote: query.remote === 'allow' }),
    ),
);
