import { type RefObject, useEffect, useEffectEvent } from 'react';

interface ListKeys {
  listRef: RefObject<HTMLElement | null>;
  move: (step: number) => void;
  openActive: () => void;
  close: () => void;
}

/** True when the key belongs to what the user is typing into, not to the mail shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * The list's shortcuts, as in Gmail and Fastmail: j/k anywhere on the page (except while
 * typing), and the arrows, Enter, Home and End while the list (or nothing) has focus, so
 * the arrows still scroll a message being read. Escape returns from a message to the list.
 */
export function useMessageListKeys({ listRef, move, openActive, close }: ListKeys): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    const list = listRef.current;
    // A hidden list (the phone's message view) still answers j/k/Escape, but not the arrows meant for the message.
    const inList =
      list !== null && (event.target === document.body || (event.target instanceof Node && list.contains(event.target)));

    const action = (() => {
      switch (event.key) {
        case 'j':
          return () => move(1);
        case 'k':
          return () => move(-1);
        case 'Escape':
          return close;
        case 'ArrowDown':
          return inList ? () => move(1) : null;
        case 'ArrowUp':
          return inList ? () => move(-1) : null;
        case 'Home':
          return inList ? () => move(-Infinity) : null;
        case 'End':
          return inList ? () => move(Infinity) : null;
        case 'Enter':
          return inList ? openActive : null;
        default:
          return null;
      }
    })();
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
