import { deleteDraft } from '@/lib/compose/delete-draft';
import { route } from '@/lib/http/route';
import { DraftParams } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** Discards a draft → `{ deleted }` (false when another device already removed it). */
export const DELETE = route({ auth: true, params: DraftParams }, ({ account, params }) => deleteDraft(account, params.draftId));
