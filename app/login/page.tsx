import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Wordmark } from '@/components/wordmark';
import { getSessionInfo } from '@/lib/session/session-info';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage() {
  // Someone already signed in has nothing to do here; reading the cookie also makes this page per-request.
  if (await getSessionInfo()) redirect('/mail');

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <Wordmark size="lg" />
        </div>
        <section
          aria-labelledby="sign-in-title"
          className="rounded-xl border border-line bg-surface p-6 shadow-sm shadow-black/5 sm:p-8"
        >
          <h1 id="sign-in-title" className="text-lg font-semibold text-fg">
            Sign in to your mail
          </h1>
          <p className="mt-1 mb-6 text-sm text-muted">Use the user name and password of your mail account.</p>
          <SignInForm />
        </section>
      </div>
    </main>
  );
}
