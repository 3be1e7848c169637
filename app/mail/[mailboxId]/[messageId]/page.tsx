import { requireMailboxParam } from '../mailbox-param';

interface MessagePageProps {
  params: Promise<{ mailboxId: string; messageId: string }>;
}

/**
 * A message's own URL, for reloads, links and back/forward. The layout draws the message from
 * the URL; opening one in the app changes the URL without coming here (message-navigation.ts).
 */
export default async function MessagePage({ params }: MessagePageProps) {
  await requireMailboxParam(params);
  return null;
}
