'use client';

import dynamic from 'next/dynamic';
import { useComposeSession } from '@/lib/client/compose-store';

// The editor and its libraries load with the first compose, never with the mailbox.
const ComposePanel = dynamic(() => import('./compose-panel').then((module) => module.ComposePanel), { ssr: false });

/** Where the compose view lives: over the mail, docked on wide screens, the whole screen on phones. */
export function ComposeHost({ address }: { address: string }) {
  const session = useComposeSession();
  return session ? <ComposePanel key={session.id} session={session} address={address} /> : null;
}
