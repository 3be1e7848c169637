import { route } from '@/lib/http/route';
import { SearchQuery } from '@/lib/schemas/search';
import { searchMessages } from '@/lib/search/search-messages';

export const dynamic = 'force-dynamic';

/** Searches on the IMAP server, in one folder or all: `SearchQuery` → `SearchResponse` (issue 15). */
export const GET = route({ auth: true, query: SearchQuery }, ({ account, query, signal }) =>
  searchMessages(account, query, signal),
);
