'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useSettings, useUpdateSettings } from '@/lib/client/use-settings';

type Permission = NotificationPermission | 'unsupported';

const readPermission = (): Permission => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);

/**
 * The switch for desktop notifications of new mail. The setting follows the account to every
 * device, but permission belongs to each browser: turning it on asks this browser (a user
 * action, as browsers require), and a browser that was never asked offers to be.
 */
export function NewMailNotificationsSetting() {
  const { data } = useSettings();
  const update = useUpdateSettings();
  // Known only in the browser: the server render and hydration draw no hint.
  const [permission, setPermission] = useState<Permission | null>(null);
  useEffect(() => setPermission(readPermission()), []);
  const enabled = data?.settings.newMailNotifications ?? false;

  const ask = () => {
    // Called in the click's own handler: Safari honours a request only there.
    void Notification.requestPermission().then(setPermission);
  };

  return (
    <div className="mt-3">
      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          data-testid="setting-new-mail-notifications"
          className="mt-0.5 size-4 accent-(--color-accent)"
          checked={enabled}
          disabled={!data || permission === 'unsupported'}
          onChange={(event) => {
            if (event.target.checked && permission === 'default') ask();
            update.change({ newMailNotifications: event.target.checked });
          }}
        />
        <span>
          Notify me of new mail
          <span className="block text-xs text-muted">{hint(permission, enabled)}</span>
        </span>
      </label>
      {enabled && permission === 'default' ? (
        <Button variant="secondary" size="sm" className="mt-2 ml-6.5" data-testid="allow-notifications" onClick={ask}>
          Allow in this browser
        </Button>
      ) : null}
    </div>
  );
}

function hint(permission: Permission | null, enabled: boolean): string {
  if (permission === 'unsupported') return "This browser can't show notifications.";
  if (permission === 'denied') return "Your browser blocks Letterbox's notifications; allow them in its site settings.";
  if (enabled && permission === 'default') return "This browser hasn't been allowed to show them yet.";
  return 'A desktop notification while Letterbox is in a background tab.';
}
