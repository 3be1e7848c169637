import { type RefObject, useEffect, useEffectEvent, useRef } from 'react';
import { isTyping, matchShortcut, type ShortcutId } from '@/lib/ui/shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

/** A sequence's second key must follow soon, as in Gmail; otherwise the first was a stray press. */
const SEQUENCE_MS = 1500;

/**
 * The mail shortcuts (lib/ui/shortcuts.ts), on the whole page except while typing in a
 * field; the arrows, Enter, Home and End only while the list (or nothing) has focus, so
 * they still scroll a message being read. A key without a handler here is left alone.
 */
export function useMailShortcuts(listRef: RefObject<HTMLElement | null>, handlers: ShortcutHandlers): void {
  const pending = useRef<{ key: string; at: number } | null>(null);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    // A dialog (the help overlay, a menu) or a popover (settings) owns its keys; an open popover's
    // Escape is the browser's light dismiss, which preventDefault here would cancel.
    if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"], [role="menu"], [popover]')) return;
    if (event.key === 'Escape' && document.querySelector(':popover-open')) return;
    const list = listRef.current;
    // A hidden list (the phone's message view) still answers j/k/Escape, but not the arrows meant for the message.
    const inList =
      list !== null && (event.target === document.body || (event.target instanceof Node && list.contains(event.target)));
    const prefix = pending.current && Date.now() - pending.current.at < SEQUENCE_MS ? pending.current.key : null;
    pending.current = null;
    const match = matchShortcut(event.key, prefix, inList);
    if (!match) return;
    if ('pending' in match) {
      pending.current = { key: match.pending, at: Date.now() };
      event.preventDefault();
      return;
    }
    const handler = handlers[match.shortcut.id];
    if (!handler) return;
    event.preventDefault();
    handler();
  });

  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
