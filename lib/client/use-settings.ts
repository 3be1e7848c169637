'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
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
 * Changes settings where they live. The change shows at once, synchronously (a controlled
 * checkbox must not snap back while the request runs), and is undone if saving fails.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ patch, before }: { patch: SettingsPatch; before: SettingsResponse | undefined }) => {
      if (before?.storage !== 'browser') return api.updateSettings(patch);
      const settings = { ...before.settings, ...patch };
      window.localStorage.setItem(LOCAL_KEY, JSON.stringify(settings));
      return { settings, storage: 'browser' } satisfies SettingsResponse;
    },
    onError: (_error, { before }) => {
      if (before) queryClient.setQueryData(QUERY_KEY, before);
    },
    onSuccess: (response) => queryClient.setQueryData(QUERY_KEY, response),
  });
  const change = (patch: SettingsPatch) => {
    const before = queryClient.getQueryData<SettingsResponse>(QUERY_KEY);
    if (before) queryClient.setQueryData(QUERY_KEY, { ...before, settings: { ...before.settings, ...patch } });
    // A fetch still under way would land the old settings over this change; without revert, it simply stops.
    void queryClient.cancelQueries({ queryKey: QUERY_KEY }, { revert: false });
    mutation.mutate({ patch, before });
  };
  return { change, isError: mutation.isError };
}
