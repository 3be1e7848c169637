'use client';

import { ChevronRight, CircleAlert } from 'lucide-react';
import { type FormEvent, useRef, useState, useTransition } from 'react';
import { rememberTimeZone } from '@/components/mail/reader-time-zone';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { api } from '@/lib/client/api';
import { type ClientErrorCode, errorCodeOf } from '@/lib/client/api-error';
import { mailboxId } from '@/lib/ids';
import type { SignInRequest } from '@/lib/schemas/session';
import { describeError } from '@/lib/ui/describe-error';

const ERROR_ID = 'sign-in-error';

function toRequest(form: FormData): SignInRequest {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const request: SignInRequest = { user: text('user'), password: String(form.get('password') ?? '') };
  // Blank advanced fields mean "the server this Letterbox is set up for", so they are left out, not sent empty.
  if (text('host')) request.host = text('host');
  if (text('port')) request.port = Number(text('port'));
  return request;
}

export function SignInForm() {
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [pending, startTransition] = useTransition();
  const password = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = toRequest(new FormData(event.currentTarget));
    setError(null);
    // The transition stays pending through the navigation, so the button keeps saying "Signing in…" until /mail shows.
    startTransition(async () => {
      try {
        const signingIn = api.signIn(request);
        // The server renders the list's dates in the reader's zone only once it knows it. Done
        // while the request is out: a page's first use of Intl's time zone costs 30-60 ms here.
        rememberTimeZone();
        await signingIn;
        // A document load, not the client router: /mail's HTML then carries the folders and the
        // first page of INBOX (app/mail layouts), so rows paint before /mail's JS has even loaded.
        window.location.assign(`/mail/${mailboxId('INBOX')}`);
        // "Signing in…" until the new page replaces this one.
        await new Promise<void>((resolve) => window.addEventListener('pagehide', () => resolve(), { once: true }));
      } catch (caught) {
        const code = errorCodeOf(caught);
        setError(code);
        if (code === 'AUTH_FAILED') password.current?.select();
      }
    });
  }

  const credentialsWrong = error === 'AUTH_FAILED';
  return (
    // method="post": a submit before the page's JS has run (a fast typist on a slow link) sends
    // the form natively; as a GET it would put the password in the URL, the history and logs.
    <form data-testid="login-form" method="post" onSubmit={onSubmit} className="flex flex-col gap-4" aria-busy={pending}>
      {error ? (
        <div
          id={ERROR_ID}
          role="alert"
          data-testid="login-error"
          data-code={error}
          className="flex items-start gap-2 rounded-md border border-danger-line bg-danger-soft px-3 py-2.5 text-sm text-danger"
        >
          <CircleAlert aria-hidden="true" className="mt-px size-4 shrink-0" />
          <p>{describeError(error, 'sign-in')}</p>
        </div>
      ) : null}
      <TextField
        label="User name"
        name="user"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        autoFocus
        aria-invalid={credentialsWrong || undefined}
        aria-describedby={credentialsWrong ? ERROR_ID : undefined}
      />
      <TextField
        ref={password}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={credentialsWrong || undefined}
        aria-describedby={credentialsWrong ? ERROR_ID : undefined}
      />
      <details className="group rounded-md text-sm">
        <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-sm font-medium text-muted select-none hover:text-fg [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden="true" className="size-4 transition-transform group-open:rotate-90" />
          Advanced
        </summary>
        <div className="mt-3 grid grid-cols-[minmax(0,1fr)_6rem] gap-3">
          <TextField
            label="IMAP server"
            name="host"
            type="text"
            inputMode="url"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            placeholder="imap.example.com"
          />
          <TextField label="Port" name="port" type="number" inputMode="numeric" min={1} max={65535} placeholder="993" />
          <p className="col-span-2 -mt-1 text-xs text-muted">Leave blank to use the server this Letterbox is set up for.</p>
        </div>
      </details>
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="mt-1 w-full">
        {pending ? <Spinner /> : null}
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
