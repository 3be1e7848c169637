'use client';

import { useState } from 'react';
import type { ComposeFields } from '@/lib/compose/compose-prefill';
import type { Identity } from '@/lib/compose/identity-choices';
import { FromField } from './from-field';
import { RecipientField } from './recipient-field';

/** The message's header fields as the user fills them: From (with several identities), To, Cc and Bcc on demand, Subject. */
export function ComposeHeaderFields({
  identities,
  fields,
  onEdit,
}: {
  identities: readonly Identity[];
  fields: ComposeFields;
  onEdit: (patch: Partial<ComposeFields>) => void;
}) {
  const [copies, setCopies] = useState(fields.cc.length + fields.bcc.length > 0);
  return (
    <div className="shrink-0">
      <FromField identities={identities} value={fields.from} onChange={(from) => onEdit({ from })} />
      <div className="relative">
        <RecipientField
          label="To"
          testId="compose-to"
          value={fields.to}
          onChange={(to) => onEdit({ to })}
          autoFocus={fields.to.length === 0}
        />
        {copies ? null : (
          <button
            type="button"
            data-testid="compose-show-copies"
            onClick={() => setCopies(true)}
            className="absolute top-1.5 right-3 rounded px-1.5 py-1 text-xs text-muted hover:bg-hover hover:text-fg"
          >
            Cc / Bcc
          </button>
        )}
      </div>
      {copies ? (
        <>
          <RecipientField label="Cc" testId="compose-cc" value={fields.cc} onChange={(cc) => onEdit({ cc })} />
          <RecipientField label="Bcc" testId="compose-bcc" value={fields.bcc} onChange={(bcc) => onEdit({ bcc })} />
        </>
      ) : null}
      <input
        aria-label="Subject"
        placeholder="Subject"
        data-testid="compose-subject"
        value={fields.subject}
        maxLength={998}
        onChange={(event) => onEdit({ subject: event.target.value })}
        className="h-10 w-full border-b border-line bg-transparent px-3 text-sm text-fg outline-none placeholder:text-muted"
      />
    </div>
  );
}
