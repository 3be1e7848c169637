import { immutableJson } from '@/lib/http/immutable-json';
import { route } from '@/lib/http/route';
import { getMessage } from '@/lib/imap/get-message';
import { MessageQuery } from '@/lib/schemas/message-view';

export const dynamic = 'force-dynamic';

/** A message attached to another as a message/rfc822 part (`MessageView`), cached forever like its parent. */
export const GET = route({ auth: true, query: MessageQuery }, async ({ account, params, query, headers }) => {
  const id = params.messageId ?? '';
  const part = params.part ?? '';
  return immutableJson(headers, `${id}-${part}-${query.remote}`, () =>
    getMessage(account, id, { allowRemote: query.remote === 'allow', part }),
  );
});
