'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { api } from '@/lib/client/api';
import { describeApiError } from '@/lib/client/api-error';
import { queryKeys } from '@/lib/client/query-keys';
import { useSettings, useUpdateSettings } from '@/lib/client/use-settings';
import { ownAddressesHint } from '@/lib/compose/identity';
import type { SettingsResponse } from '@/lib/schemas/settings';
import type { SettingsValues } from '@/lib/schemas/values';
import { IdentityEditor } from './identity-editor';

type Identity = SettingsValues['identities'][number];
const MAX_IDENTITIES = 10;

/**
 * Who the user writes as: a name, an address of their own (the login's, or a +subaddress of
 * it; the server refuses any other) and a signature, the first being the default. Saved with
 * the other settings on the mail server; rendered in the body, since a modal opened from the
 * settings popover would close it.
 */
export function IdentitiesDialog({ address, onClose }: { address: string; onClose: () => void }) {
  const { data } = useSettings();
  const stored = data?.settings.identities ?? [];
  const [identities, setIdentities] = useState<Identity[]>(() =>
    stored.length > 0 ? stored : [{ name: '', address, signature: '' }],
  );
  const queryClient = useQueryClient();
  const local = useUpdateSettings();
  const save = useMutation({
    mutationFn: (next: Identity[]) => api.updateSettings({ identities: next }),
    onSuccess: (saved) => {
      queryClient.setQueryData<SettingsResponse>(queryKeys.settings(), saved);
      onClose();
    },
  });
  const submit = () => {
    const next = identities.map((identity) => ({ ...identity, name: identity.name.trim(), address: identity.address.trim() }));
    if (data?.storage === 'browser') {
      local.change({ identities: next });
      onClose();
    } else save.mutate(next);
  };

  return createPortal(
    <Dialog
      title="Identities and signature"
      description={ownAddressesHint(address)}
      onClose={onClose}
      data-testid="identities-dialog"
    >
      <ol className="flex max-h-[55vh] flex-col gap-3 overflow-y-auto">
        {identities.map((identity, index) => (
          <IdentityEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and never reordered
            key={index}
            identity={identity}
            isDefault={index === 0}
            onChange={(changed) => setIdentities((all) => all.map((other, at) => (at === index ? changed : other)))}
            onRemove={identities.length > 1 ? () => setIdentities((all) => all.filter((_, at) => at !== index)) : undefined}
          />
        ))}
      </ol>
      {identities.length < MAX_IDENTITIES ? (
        <Button
          variant="ghost"
          size="sm"
          className="mt-2"
          data-testid="identity-add"
          onClick={() => setIdentities((all) => [...all, { name: all[0]?.name ?? '', address, signature: '' }])}
        >
          <Plus aria-hidden="true" className="size-4" />
          Add an identity
        </Button>
      ) : null}
      {save.isError ? (
        <p role="alert" data-testid="identities-error" className="mt-3 text-sm text-danger">
          {describeApiError(save.error, { serverWords: true })}
        </p>
      ) : null}
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" data-testid="identities-save" disabled={save.isPending} onClick={submit}>
          Save
        </Button>
      </DialogActions>
    </Dialog>,
    document.body,
  );
}
