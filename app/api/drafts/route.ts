import { saveDraft } from '@/lib/compose/save-draft';
import { route } from '@/lib/http/route';
import { DraftRequest } from '@/lib/schemas/compose';

export const dynamic = 'force-dynamic';

/** Room for the largest html and text bodies the schema allows, JSON-escaped. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Saves a draft in Drafts, replacing the version `draftId` names → `{ draftId }` of the new one. */
export const PUT = route({ auth: true, body: DraftRequest, maxBodyBytes: MAX_BODY_BYTES }, ({ account, body }) =>
  saveDraft(account, body),
);
