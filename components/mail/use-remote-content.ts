'use client';

import { useState } from 'react';
import { useSettings, useUpdateSettings } from '@/lib/client/use-settings';

/**
 * Whether this message may load remote content: the reader allowed it just now, or always
 * for its sender (a setting on the server, so every device agrees). Until the settings are
 * known, nothing remote loads.
 */
export function useRemoteContent(sender: string | null) {
  const [allowedOnce, setAllowedOnce] = useState(false);
  const settings = useSettings().data?.settings;
  const update = useUpdateSettings();
  const address = sender?.toLowerCase() ?? null;
  const trusted = address !== null && (settings?.remoteContentSenders ?? []).includes(address);
  return {
    allowRemote: allowedOnce || trusted,
    allowOnce: () => setAllowedOnce(true),
    allowAlways: (from: string) => {
      setAllowedOnce(true);
      const list = settings?.remoteContentSenders ?? [];
      update.change({ remoteContentSenders: [...list, from.toLowerCase()] });
    },
  };
}
