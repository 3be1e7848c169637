'use client';

import { type ChainedCommands, type Editor, Extension, useEditorState } from '@tiptap/react';
import { Bold, Italic, Link, List, ListOrdered, type LucideIcon, RemoveFormatting, TextQuote, Underline } from 'lucide-react';
import { type KeyboardEvent, useState } from 'react';

type Run = (chain: ChainedCommands) => ChainedCommands;

interface Format {
  id: 'bold' | 'italic' | 'underline' | 'bullets' | 'numbers' | 'quote' | 'link' | 'clear';
  label: string;
  icon: LucideIcon;
  /** The editor's own binding, in Tiptap's notation: StarterKit's, or FormatKeys' below. */
  keys: string;
  /** The mark or node the button shows as pressed; none for an action. */
  active?: string;
  /** Absent for Link, which opens a form instead. */
  run?: Run;
}

const clear: Run = (chain) => chain.unsetAllMarks().clearNodes();

const FORMATS: readonly Format[] = [
  { id: 'bold', label: 'Bold', icon: Bold, keys: 'Mod-B', active: 'bold', run: (c) => c.toggleBold() },
  { id: 'italic', label: 'Italic', icon: Italic, keys: 'Mod-I', active: 'italic', run: (c) => c.toggleItalic() },
  { id: 'underline', label: 'Underline', icon: Underline, keys: 'Mod-U', active: 'underline', run: (c) => c.toggleUnderline() },
  {
    id: 'bullets',
    label: 'Bulleted list',
    icon: List,
    keys: 'Mod-Shift-8',
    active: 'bulletList',
    run: (c) => c.toggleBulletList(),
  },
  {
    id: 'numbers',
    label: 'Numbered list',
    icon: ListOrdered,
    keys: 'Mod-Shift-7',
    active: 'orderedList',
    run: (c) => c.toggleOrderedList(),
  },
  { id: 'quote', label: 'Quote', icon: TextQuote, keys: 'Mod-Shift-B', active: 'blockquote', run: (c) => c.toggleBlockquote() },
  { id: 'link', label: 'Link', icon: Link, keys: 'Mod-K', active: 'link' },
  { id: 'clear', label: 'Remove formatting', icon: RemoveFormatting, keys: 'Mod-\\', run: clear },
];
/** Marks, blocks, then link and clearing: a gap before each group. */
const GROUP_STARTS = new Set<Format['id']>(['bullets', 'link']);

/** The keys StarterKit leaves unbound, as Gmail binds them: Ctrl+K opens the link form, Ctrl+\ removes formatting. */
export const FormatKeys = Extension.create<{ openLink: () => void }>({
  name: 'formatKeys',
  addOptions: () => ({ openLink: () => undefined }),
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.openLink();
        return true;
      },
      'Mod-\\': () => clear(this.editor.chain()).run(),
    };
  },
});

/** Apple keyboards say ⇧⌘7 where others say Ctrl+Shift+7. Rendered on the client only (the editor exists there only). */
function keyHint(keys: string): string {
  const parts = keys.split(/-(?=.)/);
  const apple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.userAgent);
  if (!apple) return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
  return `${parts.includes('Shift') ? '⇧' : ''}⌘${parts.at(-1) ?? ''}`;
}

interface FormatToolbarProps {
  editor: Editor;
  /** Opens the link form (message-editor.tsx owns it, since Ctrl+K opens it too). */
  onLink: () => void;
}

/**
 * The formatting buttons above the message. A WAI-ARIA toolbar: one tab stop, the arrow keys,
 * Home and End move between buttons. It re-renders when what is pressed changes (the cursor
 * moves into bold text), not on every keystroke, through useEditorState.
 */
export function FormatToolbar({ editor, onLink }: FormatToolbarProps) {
  const [current, setCurrent] = useState(0);
  const pressed = useEditorState({
    editor,
    selector: ({ editor: live }) =>
      Object.fromEntries(FORMATS.map((format) => [format.id, format.active ? live.isActive(format.active) : false])),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: FORMATS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + FORMATS.length) % FORMATS.length;
    setCurrent(next);
    event.currentTarget.querySelectorAll('button')[next]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      data-testid="compose-toolbar"
      onKeyDown={onKeyDown}
      className="flex min-w-0 flex-1 flex-wrap items-center gap-0.5"
    >
      {FORMATS.map((format, index) => {
        const Icon = format.icon;
        const isPressed = format.active ? pressed[format.id] === true : undefined;
        return (
          <button
            key={format.id}
            type="button"
            data-testid={`format-${format.id}`}
            aria-label={format.label}
            aria-pressed={isPressed}
            title={`${format.label} (${keyHint(format.keys)})`}
            tabIndex={index === current ? 0 : -1}
            onFocus={() => setCurrent(index)}
            // A click leaves the text its selection (and its highlight) instead of taking the focus.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => (format.run ? format.run(editor.chain().focus()).run() : onLink())}
            className={`grid size-8 shrink-0 place-items-center rounded-md focus-ring-inset ${GROUP_STARTS.has(format.id) ? 'ml-2' : ''} ${
              isPressed ? 'bg-accent-soft text-accent-ink' : 'text-muted hover:bg-hover hover:text-fg'
            }`}
          >
            <Icon aria-hidden="true" className="size-4" />
          </button>
        );
      })}
    </div>
  );
}
