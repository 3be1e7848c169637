import { TriangleAlert } from 'lucide-react';
import type { MalformedHeader } from '@/lib/schemas/message-list';

const LABELS: Record<MalformedHeader['field'], string> = { from: 'From', sender: 'Sender', 'reply-to': 'Reply-To' };

function sentence(field: MalformedHeader['field'], count: number): string {
  const label = LABELS[field];
  return count > 1
    ? `This message has ${count} ${label} headers; a message has one. Who sent it cannot be told.`
    : `The ${label} header of this message is malformed: who sent it cannot be told from it.`;
}

/**
 * A sender header that does not parse cleanly, shown as it is: every address it holds and its
 * text as sent, never the first address alone (which a mail server's repair would show, and
 * which a forger picks to look harmless).
 */
export function MalformedSenderWarning({ headers }: { headers: MalformedHeader[] | undefined }) {
  if (!headers?.length) return null;
  const fields = [...new Set(headers.map((header) => header.field))];
  return (
    <div
      role="note"
      data-testid="malformed-sender-warning"
      className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {fields.map((field) => {
        const copies = headers.filter((header) => header.field === field);
        return (
          <div key={field} data-testid="malformed-header" data-field={field} className="not-first:mt-2">
            <p className="flex items-start gap-1.5 font-semibold">
              <TriangleAlert aria-hidden="true" className="mt-px size-3.5 shrink-0" />
              {sentence(field, copies.length)}
            </p>
            {copies.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the copies of a header have no identity but their order
              <div key={index} className="mt-1 pl-5">
                <p>
                  {header.addresses.length === 0
                    ? 'It names no address.'
                    : `It names ${header.addresses.length === 1 ? 'the address' : `${header.addresses.length} addresses`}: `}
                  {header.addresses.map((address, at) => (
                    <span key={address}>
                      {at > 0 ? ', ' : null}
                      <span data-testid="malformed-address" className="font-mono break-all">
                        {address}
                      </span>
                    </span>
                  ))}
                </p>
                <p className="mt-0.5 break-all text-amber-900/80 dark:text-amber-100/80">
                  As sent:{' '}
                  <span data-testid="malformed-text" className="font-mono">
                    {header.text || '(empty)'}
                  </span>
                </p>
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
