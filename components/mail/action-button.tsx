import type { LucideIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { Button } from '@/components/ui/button';
import { type ShortcutId, shortcutHint } from '@/lib/ui/shortcuts';

type ActionButtonProps = ComponentProps<'button'> & {
  icon: LucideIcon;
  label: string;
  shortcut?: ShortcutId;
  /** Why the action is not allowed here (a shared folder's rights): the button is off and says so. */
  refused?: string | false;
};

/** An icon button for a message action, its shortcut in the tooltip ("Archive (e)"). */
export function ActionButton({ icon: Icon, label, shortcut, refused, ...props }: ActionButtonProps) {
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={label}
      disabled={refused ? true : undefined}
      title={refused ? `${label}: ${refused}` : shortcut ? `${label} (${shortcutHint(shortcut)})` : label}
      // A phone of 360 px fits the message toolbar's ten actions at 32 px; wider screens get 36.
      className="focus-ring-inset max-[380px]:size-8"
      {...props}
    >
      <Icon aria-hidden="true" className="size-4" />
    </Button>
  );
}
