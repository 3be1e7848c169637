'use client';

import type { Editor } from '@tiptap/react';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { linkTarget } from '@/lib/html/link-target';

/** A scheme, unless what follows the colon is a port (`example.com:8080`). */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
const EMAIL = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * What the writer typed as a link address: `example.com` becomes https://, `ann@example.com`
 * mailto:. Only what the compose sanitizer keeps (lib/html/link-target.ts: absolute http(s) and
 * mailto) is accepted, so a link never silently disappears when the message is sent.
 */
function linkFor(input: string): { href: string } | { problem: string } {
  const typed = input.trim();
  if (!typed) return { problem: 'Enter a web or email address.' };
  const scheme = SCHEME.exec(typed)?.[1]?.toLowerCase();
  if (scheme && !['http', 'https', 'mailto'].includes(scheme)) {
    return { problem: 'Only web (http, https) and email (mailto) links can be added.' };
  }
  const absolute = scheme ? typed : EMAIL.test(typed) ? `mailto:${typed}` : `https://${typed.replace(/^\/\//, '')}`;
  const href = linkTarget(absolute);
  return href ? { href: new URL(href).href } : { problem: 'That does not look like a web or email address.' };
}

interface LinkFormProps {
  editor: Editor;
  onClose: () => void;
}

/**
 * The Link button's form, inline under the toolbar (never window.prompt): the address of the
 * link at the cursor, or a new one for the selected text, or, with nothing selected, the
 * address itself inserted as a link. Escape or Cancel returns to the text unchanged.
 */
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const id = useId();
  const [linked] = useState(() => editor.isActive('link'));
  const [address, setAddress] = useState(() => (linked ? String(editor.getAttributes('link').href ?? '') : ''));
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    editor.commands.focus();
    onClose();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const link = linkFor(address);
    if ('problem' in link) return setProblem(link.problem);
    const { href } = link;
    if (editor.state.selection.empty && !linked) {
      const text = href.replace(/^mailto:/i, '');
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The form owns this Escape: nothing behind it (the compose panel, the mail view) should see it.
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  return (
    <form
      onSubmit={apply}
      onKeyDown={onKeyDown}
      aria-label="Link"
      data-testid="link-form"
      className="flex flex-wrap items-center gap-1.5 border-b border-line py-2"
    >
      <label htmlFor={id} className="text-xs font-medium text-muted">
        Link address
      </label>
      <input
        id={id}
        // biome-ignore lint/a11y/noAutofocus: opened on purpose (Link button, Ctrl+K); the address is what comes next
        autoFocus
        value={address}
        onChange={(event) => {
          setAddress(event.target.value);
          setProblem(null);
        }}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://example.com"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        data-testid="link-url"
        className="h-8 min-w-0 flex-1 basis-48 rounded-md border border-line-strong bg-raised px-2 text-sm text-fg placeholder:text-muted aria-invalid:border-danger"
      />
      <Button type="submit" variant="primary" size="sm" data-testid="link-apply">
        Apply
      </Button>
      {linked ? (
        <Button variant="danger" size="sm" data-testid="link-remove" onClick={remove}>
          Remove
        </Button>
      ) : null}
      <Button variant="ghost" size="sm" data-testid="link-cancel" onClick={close}>
        Cancel
      </Button>
      {problem ? (
        <p id={`${id}-problem`} role="alert" data-testid="link-problem" className="basis-full text-xs text-danger">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
