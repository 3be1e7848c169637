'use client';

import { Settings } from 'lucide-react';
import { IdentitiesSettingsEntry } from '@/components/compose/identities-settings-entry';
import { Button } from '@/components/ui/button';
import { useSettings, useUpdateSettings } from '@/lib/client/use-settings';
import { LabelsSettingsEntry } from './labels-settings-entry';
import { NewMailNotificationsSetting } from './new-mail-notifications-setting';

/**
 * The reader's settings, in a popover by the account (the browser's own popover: light
 * dismiss, Escape and focus return for free). Changes save as they are made.
 */
export function SettingsMenu({ address }: { address: string }) {
  const { data } = useSettings();
  const update = useUpdateSettings();
  return (
    <>
      <Button variant="ghost" size="icon" popoverTarget="settings-panel" aria-label="Settings" data-testid="settings-button">
        <Settings aria-hidden="true" className="size-5" />
      </Button>
      <div
        id="settings-panel"
        popover="auto"
        data-testid="settings-panel"
        className="fixed inset-auto top-13 right-3 m-0 w-80 max-w-[calc(100vw-1.5rem)] rounded-lg border border-line-strong bg-raised p-4 text-fg shadow-lg"
      >
        <h2 className="text-sm font-semibold">Settings</h2>
        <label className="mt-3 flex items-start gap-2.5 text-sm">
          <input
            type="checkbox"
            data-testid="setting-mark-seen"
            className="mt-0.5 size-4 accent-(--color-accent)"
            checked={data?.settings.markSeenOnOpen ?? true}
            disabled={!data}
            onChange={(event) => update.change({ markSeenOnOpen: event.target.checked })}
          />
          <span>
            Mark messages as read when I open them
            <span className="block text-xs text-muted">Off: mail stays unread until you mark it read.</span>
          </span>
        </label>
        <NewMailNotificationsSetting />
        <LabelsSettingsEntry />
        <IdentitiesSettingsEntry address={address} />
        <p data-testid="settings-storage" className="mt-3 border-t border-line pt-3 text-xs text-muted">
          {data?.storage === 'browser'
            ? 'Saved in this browser only: your mail server cannot store settings.'
            : 'Saved on your mail server, so every device uses them.'}
        </p>
        {update.isError ? (
          <p role="alert" className="mt-2 text-xs text-danger">
            Couldn't save the change. Try again.
          </p>
        ) : null}
      </div>
    </>
  );
}
