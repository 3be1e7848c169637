import { deleteDraft } from '@/lib/compose/delete-draft';
import { readDraft } from '@/lib/compose/read-draft';
import { route } from '@/lib/http/route';
import { DraftParams } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** A draft to resume (`DraftResponse`): its fields, links and attachments staged anew. */
export const GET = route({ auth: true, params: DraftParams }, ({ account, params }) => readDraft(account, params.draftId));

/** Discards a draft → `{ deleted }` (false when another device already removed it). */
export const DELETE = route({ auth: true, params: DraftParams }, ({ account, params }) => deleteDraft(account, params.draftId));
