import 'server-only';
import type { Account } from '@/lib/session/account';
import { readSettings } from '@/lib/settings/user-settings';
import type { QueryNode } from './query-ast';

function mentionsLabel(node: QueryNode): boolean {
  if (node.kind === 'label') return true;
  if (node.kind === 'not') return mentionsLabel(node.node);
  if (node.kind === 'and' || node.kind === 'or') return node.nodes.some(mentionsLabel);
  return false;
}

/**
 * `label:Work` names a label as the user sees it; IMAP searches keywords. The names come from
 * the settings stored on the server (the organising issue's labels), read only for a query
 * that has a label, matched without regard to case as Gmail does.
 */
export async function labelKeywords(account: Account, node: QueryNode | null): Promise<(name: string) => string | null> {
  if (!node || !mentionsLabel(node)) return () => null;
  const { settings } = await readSettings(account);
  const byName = new Map(settings.labels.map((label) => [label.name.toLowerCase(), label.keyword]));
  return (name) => byName.get(name.toLowerCase()) ?? null;
}
