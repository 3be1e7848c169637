'use client';

import { useId } from 'react';
import { type Identity, senderOf } from '@/lib/compose/identity-choices';
import type { Recipient } from '@/lib/schemas/compose';

const label = ({ name, address }: Identity) => (name ? `${name} <${address}>` : address);

/** From, when there is more than one identity to write as (settings); otherwise the default goes unasked. */
export function FromField({
  identities,
  value,
  onChange,
}: {
  identities: readonly Identity[];
  value: Recipient | undefined;
  onChange: (from: Recipient) => void;
}) {
  const id = useId();
  if (identities.length < 2) return null;
  const selected = Math.max(
    0,
    identities.findIndex((identity) => identity.address.toLowerCase() === value?.address.toLowerCase()),
  );
  return (
    <div className="flex items-center gap-2 border-b border-line px-3 py-1">
      <label htmlFor={id} className="w-8 shrink-0 text-sm text-muted">
        From
      </label>
      <select
        id={id}
        data-testid="compose-from"
        value={selected}
        onChange={(event) => {
          const identity = identities[Number(event.target.value)];
          if (identity) onChange(senderOf(identity));
        }}
        className="h-8 min-w-0 flex-1 truncate rounded-md bg-transparent text-sm text-fg hover:bg-hover"
      >
        {identities.map((identity, index) => (
          <option key={identity.address} value={index}>
            {label(identity)}
          </option>
        ))}
      </select>
    </div>
  );
}
