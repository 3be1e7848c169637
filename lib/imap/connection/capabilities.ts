import 'server-only';
import type { ImapFlow } from 'imapflow';

/**
 * Typed feature flags, read once per connection from CAPABILITY. Features decide which
 * command lib/imap sends; each missing one has its fallback beside the feature.
 */
export interface Features {
  move: boolean; // RFC 6851
  sort: boolean; // RFC 5256
  esearch: boolean; // RFC 4731
  esort: boolean; // RFC 5267
  condstore: boolean; // RFC 7162
  qresync: boolean; // RFC 7162
  binary: boolean; // RFC 3516
  listStatus: boolean; // RFC 5819
  specialUse: boolean; // RFC 6154
  idle: boolean; // RFC 2177
  namespace: boolean; // RFC 2342
  acl: boolean; // RFC 4314
  uidplus: boolean; // RFC 4315
  preview: boolean; // RFC 8970
  metadata: boolean; // RFC 5464, server and mailbox entries
  metadataServer: boolean; // RFC 5464, server entries only
}

const FLAGS: Record<keyof Features, string> = {
  move: 'MOVE',
  sort: 'SORT',
  esearch: 'ESEARCH',
  esort: 'ESORT',
  condstore: 'CONDSTORE',
  qresync: 'QRESYNC',
  binary: 'BINARY',
  listStatus: 'LIST-STATUS',
  specialUse: 'SPECIAL-USE',
  idle: 'IDLE',
  namespace: 'NAMESPACE',
  acl: 'ACL',
  uidplus: 'UIDPLUS',
  preview: 'PREVIEW',
  metadata: 'METADATA',
  metadataServer: 'METADATA-SERVER',
};

export function readFeatures(client: Pick<ImapFlow, 'capabilities'>): Features {
  const has = (name: string) => client.capabilities.has(name);
  return Object.fromEntries(
    Object.entries(FLAGS).map(([feature, capability]) => [feature, has(capability)]),
  ) as unknown as Features;
}
