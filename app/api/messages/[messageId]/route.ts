import { immutableJson } from '@/lib/http/immutable-json';
import { route } from '@/lib/http/route';
import { getMessage } from '@/lib/imap/get-message';
import { MessageQuery } from '@/lib/schemas/message-view';

export const dynamic = 'force-dynamic';

/** A message for the reading pane (`MessageView`): headers, MIME tree, sanitized body. Cached forever per id. */
export const GET = route({ auth: true, query: MessageQuery }, async ({ account, params, query, headers }) => {
  const id = params.messageId ?? '';
  return immutableJson(headers, `${id}-${query.remote}`, () =>
    getMessage(account, id, { allowRemote: query.remote === 'allow' }),
  );
});
