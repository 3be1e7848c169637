'use client';

import { X } from 'lucide-react';
import { useId } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { describeApiError } from '@/lib/client/api-error';
import { type ComposeSession, closeCompose } from '@/lib/client/compose-store';
import { useSettings } from '@/lib/client/use-settings';
import { identityChoices } from '@/lib/compose/identity-choices';
import { ComposeForm } from './compose-form';
import { ReplyingElsewhereWarning } from './replying-elsewhere-warning';
import { useComposeStart } from './use-compose-start';

const TITLES = {
  new: 'New message',
  reply: 'Reply',
  'reply-all': 'Reply all',
  forward: 'Forward',
  'forward-attachment': 'Forward as attachment',
  draft: 'Draft',
};

/**
 * The compose view: docked at the bottom right over the mail on wide screens, as Gmail's, so
 * the message being answered stays readable; the whole screen on phones. Not modal: the
 * mail behind it still works.
 */
export function ComposePanel({ session, address }: { session: ComposeSession; address: string }) {
  const titleId = useId();
  const settings = useSettings();
  // Settings that cannot be read leave the login's own address, unsigned: writing still works.
  const choices = identityChoices(settings.data?.settings.identities ?? [], address);
  const ready = settings.data !== undefined || settings.isError;
  const { initial, error } = useComposeStart(session.start, address, ready ? choices[0] : undefined);
  const close = () => closeCompose(session.id);
  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="compose-panel"
      className="fixed inset-0 z-30 flex flex-col bg-surface md:inset-auto md:right-4 md:bottom-0 md:h-[min(42rem,calc(100dvh-4rem))] md:w-[min(40rem,calc(100vw-2rem))] md:rounded-t-lg md:border md:border-line-strong md:shadow-2xl"
    >
      {initial ? (
        <ComposeForm
          initial={initial}
          identities={choices}
          title={TITLES[session.start.kind]}
          titleId={titleId}
          notice={<ReplyingElsewhereWarning start={session.start} />}
          onClose={close}
        />
      ) : (
        <div className="flex flex-1 flex-col">
          <div className="flex h-11 items-center justify-between border-b border-line px-3">
            <h2 id={titleId} className="text-sm font-semibold">
              {TITLES[session.start.kind]}
            </h2>
            <button type="button" aria-label="Close" onClick={close} className="rounded p-1.5 text-muted hover:bg-hover">
              <X aria-hidden="true" className="size-4" />
            </button>
          </div>
          <div className="flex flex-1 items-center justify-center p-6 text-sm text-muted" data-testid="compose-loading">
            {error ? <p role="alert">{describeApiError(error)}</p> : <Spinner />}
          </div>
        </div>
      )}
    </section>
  );
}
