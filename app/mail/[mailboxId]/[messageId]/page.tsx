import { notFound } from 'next/navigation';
import { mailboxPathFromId } from '@/lib/ids';

interface MessagePageProps {
  params: Promise<{ mailboxId: string; messageId: string }>;
}

/**
 * A message's own URL, for reloads, links and back/forward. The layout draws the message from
 * the URL; opening one in the app changes the URL without coming here (message-navigation.ts).
 */
export default async function MessagePage({ params }: MessagePageProps) {
  const { mailboxId } = await params;
  if (mailboxPathFromId(mailboxId) === null) notFound();
  return null;
}
