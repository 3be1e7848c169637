'use client';

import { LoadErrorCard } from '@/components/load-error-card';

interface FolderTreeErrorProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

export function FolderTreeError(props: FolderTreeErrorProps) {
  return <LoadErrorCard title="Couldn't load your folders" testId="mailbox-error" {...props} />;
}
