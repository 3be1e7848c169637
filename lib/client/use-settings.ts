'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { useOperation } from '@/lib/client/mutations';
import { queryKeys } from '@/lib/client/query-keys';
import type { SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';
import { validStoredFields } from '@/lib/settings/defaults';

const LOCAL_KEY = 'letterbox.settings';
const QUERY_KEY = queryKeys.settings();

/** This browser's own copy, used only when the mail server cannot store settings. */
function readLocal(): SettingsPatch {
  try {
    return validStoredFields(JSON.parse(window.localStorage.getItem(LOCAL_KEY) ?? 'null'));
  } catch {
    return {};
  }
}

function withLocal(response: SettingsResponse): SettingsResponse {
  if (response.storage === 'server') return response;
  return { ...response, settings: { ...response.settings, ...readLocal() } };
}

/** The reader's settings: from the mail server (every device), or this browser's copy. */
export function useSettings() {
  return useQuery({
    queryKey: QUERY_KEY,
    queryFn: async () => withLocal(await api.getSettings()),
    staleTime: 5 * 60_000,
  });
}

/**
 * Changes settings where they live. The change is written to the cache before the request
 * leaves (a controlled checkbox must not snap back while it runs; React shows it at the
 * query's next notification, a macrotask later), and is undone if saving fails: on the
 * mail server through the settings operation (mutations.ts), else in this browser's copy.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  const operation = useOperation('settings');
  const change = (patch: SettingsPatch) => {
    const before = queryClient.getQueryData<SettingsResponse>(QUERY_KEY);
    if (before?.storage !== 'browser') {
      operation.mutate({ kind: 'settings', patch });
      return;
    }
    const settings = { ...before.settings, ...patch };
    window.localStorage.setItem(LOCAL_KEY, JSON.stringify(settings));
    queryClient.setQueryData<SettingsResponse>(QUERY_KEY, { settings, storage: 'browser' });
  };
  return { change, isError: operation.isError };
}
