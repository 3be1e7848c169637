import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ComposeButton } from '@/components/compose/compose-button';
import { TopBarSearch } from '@/components/search/top-bar-search';
import { Wordmark } from '@/components/wordmark';
import type { SessionInfo } from '@/lib/schemas/session';
import { searchHistoryOwner } from '@/lib/ui/recent-searches';
import { SettingsMenu } from './settings-menu';
import { UserBadge } from './user-badge';

export function TopBar({ session }: { session: SessionInfo }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-line bg-canvas px-3 md:px-4">
      {/* Keyboard users would otherwise tab through every folder before reaching the mailbox. */}
      <a
        href="#mail-main"
        className="sr-only rounded-md bg-surface px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        Skip to mailbox
      </a>
      {/* No prefetch: the mail pages read the folder list from IMAP as they render (mail-page-state.ts), not for a click that may never come. */}
      <Link href="/mail" prefetch={false} aria-label="Letterbox, go to Inbox" className="rounded-md">
        <Wordmark />
      </Link>
      <ComposeButton />
      <TopBarSearch historyOwner={searchHistoryOwner(session)} />
      <div className="ml-auto flex min-w-0 shrink-0 items-center gap-1 sm:gap-3">
        <UserBadge session={session} />
        <SettingsMenu address={session.address} />
        <SignOutButton compact />
      </div>
    </header>
  );
}
