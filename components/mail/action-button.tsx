import type { LucideIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { Button } from '@/components/ui/button';
import { type ShortcutId, shortcutHint } from '@/lib/ui/shortcuts';

type ActionButtonProps = ComponentProps<'button'> & { icon: LucideIcon; label: string; shortcut?: ShortcutId };

/** An icon button for a message action, its shortcut in the tooltip ("Archive (e)"). */
export function ActionButton({ icon: Icon, label, shortcut, ...props }: ActionButtonProps) {
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={label}
      title={shortcut ? `${label} (${shortcutHint(shortcut)})` : label}
      className="size-8 focus-ring-inset"
      {...props}
    >
      <Icon aria-hidden="true" className="size-4" />
    </Button>
  );
}
