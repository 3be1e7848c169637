import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MailboxIdParam, type MailboxParam } from '@/lib/http/route-params';

/**
 * The folder a page's `[mailboxId]` names, decoded by the same schema as the API's routes and
 * once per request (the layout and the page share it): null for a malformed id.
 */
const decode = cache((id: string): MailboxParam | null => MailboxIdParam.safeParse(id).data ?? null);

export async function mailboxParam(params: Promise<{ mailboxId: string }>): Promise<MailboxParam | null> {
  return decode((await params).mailboxId);
}

/** As mailboxParam, for a page: a malformed id is answered with the 404 status (not-found.tsx draws nothing more). */
export async function requireMailboxParam(params: Promise<{ mailboxId: string }>): Promise<MailboxParam> {
  return (await mailboxParam(params)) ?? notFound();
}
