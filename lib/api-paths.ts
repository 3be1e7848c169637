/**
 * Every URL of the API that the browser calls or is handed (links, downloads, cid: pictures),
 * built in one place so a route can move without a hunt. Client-safe: no imports, so the
 * server (which hands out part URLs) and the browser share it. Ids are base64url already;
 * encoding them anyway keeps a malformed one inside its path segment.
 */
const segment = encodeURIComponent;

function withQuery(path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return search ? `${path}?${search}` : path;
}

/** What the message routes share: the prefix a frame's CSP allows its pictures from (a CSP path source). */
const MESSAGES = '/api/messages/';

export const apiPaths = {
  health: () => '/api/health',
  /** GET the session, POST to sign in, DELETE to sign out. */
  session: () => '/api/session',
  settings: () => '/api/settings',
  send: () => '/api/send',
  /** DELETE a queued send (Undo) while it waits. */
  queuedSend: (queuedId: string) => `/api/send/${segment(queuedId)}`,
  /** GET people from recent mail whose address, domain or a name word starts with `q`, at most `limit` (1–20). */
  addresses: (q: string, limit?: number) =>
    withQuery('/api/addresses', new URLSearchParams(limit === undefined ? { q } : { q, limit: String(limit) })),
  drafts: () => '/api/drafts',
  draft: (draftId: string) => `/api/drafts/${segment(draftId)}`,
  /** GET the folder tree, POST to create a folder. */
  mailboxes: () => '/api/mailboxes',
  /** PATCH to rename or (un)subscribe a folder, DELETE to delete it (`force`, `withChildren` confirm). */
  mailbox: (mailboxId: string, options: { force?: boolean; withChildren?: boolean } = {}) => {
    const query = new URLSearchParams();
    if (options.force) query.set('force', 'true');
    if (options.withChildren) query.set('withChildren', 'true');
    return withQuery(`/api/mailboxes/${segment(mailboxId)}`, query);
  },
  /** GET who the folder is shared with (needs the `a` right); with `identifier`, PUT `{ rights }` or DELETE that entry. */
  roster: (mailboxId: string) => `/api/mailboxes/${segment(mailboxId)}/roster`,
  /** POST opens another user's folder by owner and name; with an id, DELETE takes it off the list. */
  sharedFolders: (mailboxId?: string) => `/api/shared-folders${mailboxId === undefined ? '' : `/${segment(mailboxId)}`}`,
  sharing: (mailboxId: string, identifier?: string) =>
    `/api/mailboxes/${segment(mailboxId)}/acl${identifier === undefined ? '' : `/${segment(identifier)}`}`,
  /** GET a search: `q`, and `mailboxId` (an id or `*` for all folders) unless the query says `in:`; `cursor` for the next page. */
  search: (query: { q: string; mailboxId?: string; cursor?: string; limit?: number }) => {
    const params = new URLSearchParams({ q: query.q });
    if (query.mailboxId) params.set('mailboxId', query.mailboxId);
    if (query.cursor) params.set('cursor', query.cursor);
    if (query.limit) params.set('limit', String(query.limit));
    return withQuery('/api/search', params);
  },
  messageList: (mailboxId: string, query?: URLSearchParams) => withQuery(`/api/mailboxes/${segment(mailboxId)}/messages`, query),
  /** The messages collection: where changes to several messages at once (their flags) are sent. */
  messages: () => '/api/messages',
  /** POST a selection to move, copy, archive, delete, junk or not-junk it (lib/schemas/move.ts). */
  messageAction: (action: 'move' | 'copy' | 'archive' | 'delete' | 'junk' | 'not-junk') => `/api/messages/${action}`,
  /** The message view; `remote` keeps its remote images (the reader allowed them). */
  message: (id: string, options: { remote?: boolean } = {}) =>
    withQuery(`${MESSAGES}${segment(id)}`, options.remote ? new URLSearchParams({ remote: 'allow' }) : undefined),
  /** The view of a message attached to `id` as its message/rfc822 part `part`. */
  attachedMessage: (id: string, part: string, options: { remote?: boolean } = {}) =>
    withQuery(
      `${MESSAGES}${segment(id)}/attached/${segment(part)}`,
      options.remote ? new URLSearchParams({ remote: 'allow' }) : undefined,
    ),
  /** One MIME part's bytes, decoded (an attachment, an inline picture, an attached message's source). */
  part: (id: string, part: string) => `${MESSAGES}${segment(id)}/parts/${segment(part)}`,
  /** The whole message as the server stores it (RFC 5322 source). */
  raw: (id: string) => `${MESSAGES}${segment(id)}/raw`,
  seen: (id: string) => `${MESSAGES}${segment(id)}/seen`,
  /** PUT that the user is (or no longer is) viewing or replying to a message of a shared folder. */
  presence: (id: string) => `${MESSAGES}${segment(id)}/presence`,
  /** The live stream (Server-Sent Events) of a mailbox's changes after `since`: an event id, or a list page's liveCursor. */
  events: (mailboxId: string, since?: string) =>
    withQuery('/api/events', new URLSearchParams(since ? { mailboxId, since } : { mailboxId })),
  /** POST one file (multipart/form-data, field `file`) to stage it for a message. */
  attachments: () => '/api/attachments',
  /** DELETE a staged attachment, or an unfinished chunked upload. */
  attachment: (id: string) => `/api/attachments/${segment(id)}`,
  /** POST `{ filename, size, contentType }` to start a chunked upload (hosts that cap request bodies). */
  uploads: () => '/api/attachments/uploads',
  /** PUT the upload's next chunk, with Content-Range. */
  upload: (id: string) => `/api/attachments/uploads/${segment(id)}`,
  /** The path every part URL starts with. */
  partsScope: () => MESSAGES,
};
