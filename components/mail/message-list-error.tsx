'use client';

import { LoadErrorCard } from '@/components/load-error-card';

interface MessageListErrorProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** The first page of a folder failed. */
export function MessageListError(props: MessageListErrorProps) {
  return <LoadErrorCard title="Couldn't load the messages" testId="message-list-error" {...props} />;
}
