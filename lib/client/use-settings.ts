'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';
import { validStoredFields } from '@/lib/settings/defaults';

const LOCAL_KEY = 'letterbox.settings';
const QUERY_KEY = ['settings'] as const;

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

/** Changes settings where they live; the change shows at once and is undone if saving fails. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: SettingsPatch): Promise<SettingsResponse> => {
      const current = queryClient.getQueryData<SettingsResponse>(QUERY_KEY);
      if (current?.storage !== 'browser') return api.updateSettings(patch);
      const settings = { ...current.settings, ...patch };
      window.localStorage.setItem(LOCAL_KEY, JSON.stringify(settings));
      return { settings, storage: 'browser' };
    },
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: QUERY_KEY });
      const previous = queryClient.getQueryData<SettingsResponse>(QUERY_KEY);
      if (previous) queryClient.setQueryData(QUERY_KEY, { ...previous, settings: { ...previous.settings, ...patch } });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(QUERY_KEY, context.previous);
    },
    onSuccess: (response) => queryClient.setQueryData(QUERY_KEY, response),
  });
}
