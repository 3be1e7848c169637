'use client';

import { Trash2 } from 'lucide-react';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import type { SettingsValues } from '@/lib/schemas/values';

type Identity = SettingsValues['identities'][number];

const FIELD = 'h-9 w-full rounded-md border border-line-strong bg-raised px-2.5 text-sm text-fg placeholder:text-muted';

/** One identity's fields: the name shown in From, the address, and the signature below new messages. */
export function IdentityEditor({
  identity,
  isDefault,
  onChange,
  onRemove,
}: {
  identity: Identity;
  isDefault: boolean;
  onChange: (next: Identity) => void;
  onRemove?: () => void;
}) {
  const id = useId();
  return (
    <li data-testid="identity-editor" className="rounded-md border border-line p-3">
      <div className="flex items-center justify-between">
        <span className="text-xs font-medium text-muted">{isDefault ? 'Default' : 'Also send as'}</span>
        {onRemove ? (
          <Button variant="ghost" size="icon" className="size-7" aria-label="Remove this identity" onClick={onRemove}>
            <Trash2 aria-hidden="true" className="size-4" />
          </Button>
        ) : null}
      </div>
      <label htmlFor={`${id}-name`} className="mt-1 block text-sm">
        Name
      </label>
      <input
        id={`${id}-name`}
        data-testid="identity-name"
        className={FIELD}
        maxLength={256}
        value={identity.name}
        placeholder="Your name, as recipients see it"
        onChange={(event) => onChange({ ...identity, name: event.target.value })}
      />
      <label htmlFor={`${id}-address`} className="mt-2 block text-sm">
        Address
      </label>
      <input
        id={`${id}-address`}
        data-testid="identity-address"
        className={FIELD}
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        value={identity.address}
        onChange={(event) => onChange({ ...identity, address: event.target.value })}
      />
      <label htmlFor={`${id}-signature`} className="mt-2 block text-sm">
        Signature
      </label>
      <textarea
        id={`${id}-signature`}
        data-testid="identity-signature"
        rows={3}
        maxLength={2_000}
        className={`${FIELD} h-auto py-1.5`}
        value={identity.signature}
        placeholder="Added below new messages and replies"
        onChange={(event) => onChange({ ...identity, signature: event.target.value })}
      />
    </li>
  );
}
