'use client';

import { Placeholder } from '@tiptap/extensions';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { type Ref, useImperativeHandle, useState } from 'react';
import { htmlToText, textToHtml } from '@/lib/compose/plain-rich';
import { swapSignatureText } from '@/lib/compose/swap-signature';
import { linkTarget } from '@/lib/html/link-target';
import { swapEditorSignature } from './editor-signature';
import { FormatKeys, FormatToolbar } from './format-toolbar';
import { LinkForm } from './link-form';

/** What the message holds now; `html` is absent in plain-text mode (the message is then text/plain alone). */
export interface MessageContent {
  html?: string;
  text: string;
}

/** What the compose form asks of the editor beyond its content: the signature swap when From changes. */
export interface MessageEditorHandle {
  swapSignature: (from: string, to: string) => void;
}

interface MessageEditorProps {
  ref?: Ref<MessageEditorHandle>;
  initialHtml?: string;
  initialText?: string;
  plain: boolean;
  /** Called on every edit, and when the mode switches; the caller debounces. */
  onChange: (content: MessageContent) => void;
  onPlainChange: (plain: boolean) => void;
  autoFocus?: boolean;
}

/** An explicit scheme, unless what follows the colon is a port (`localhost:3000`). */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

const extensionsFor = (openLink: () => void) => [
  StarterKit.configure({
    // The compose sanitizer keeps h1–h3 only, and "# " … "### " are all the editor offers.
    heading: { levels: [1, 2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      HTMLAttributes: { rel: 'noopener noreferrer' },
      // `protocols` can only add schemes to linkify's list (it already has http, https and mailto);
      // what a link may point to is decided here, by the rule the sanitizer applies (absolute http(s), mailto).
      isAllowedUri: (url) => linkTarget(url) !== null,
      shouldAutoLink: (typed) => !SCHEME.test(typed) || /^(https?|mailto):/i.test(typed),
    },
  }),
  Placeholder.configure({ placeholder: 'Write your message' }),
  FormatKeys.configure({ openLink }),
];

/**
 * The message as it will read: Tailwind's preflight strips margins and list markers, so they
 * are put back here, scoped to the editor. The Placeholder extension marks the empty first
 * paragraph; its text is drawn by the last line.
 */
const PROSE = [
  'min-h-48 rounded-md px-1 py-2 text-sm leading-6 text-fg focus-ring-inset',
  '[&_p]:my-3 [&>:first-child]:mt-0 [&>:last-child]:mb-0',
  '[&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ul_ul]:list-[circle]',
  '[&_li]:my-1 [&_li>p]:my-0 [&_li>:is(ul,ol)]:my-1',
  '[&_blockquote]:my-3 [&_blockquote]:border-l-2 [&_blockquote]:border-line-strong [&_blockquote]:pl-3 [&_blockquote]:text-muted',
  '[&_blockquote>:first-child]:mt-0 [&_blockquote>:last-child]:mb-0',
  '[&_a]:text-accent-ink [&_a]:underline [&_hr]:my-4 [&_hr]:border-line-strong',
  '[&_h1]:my-3 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:my-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:my-3 [&_h3]:font-semibold',
  '[&_code]:rounded [&_code]:bg-hover [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.8125rem]',
  '[&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-canvas [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0',
  '[&_p.is-editor-empty:first-child]:before:pointer-events-none [&_p.is-editor-empty:first-child]:before:float-left [&_p.is-editor-empty:first-child]:before:h-0 [&_p.is-editor-empty:first-child]:before:text-muted [&_p.is-editor-empty:first-child]:before:content-[attr(data-placeholder)]',
].join(' ');

/** An empty editor reports '' both ways, never '<p></p>', so "nothing written" reads the same in both modes. */
function richContent(editor: Editor): MessageContent {
  if (editor.isEmpty) return { html: '', text: '' };
  const html = editor.getHTML();
  return { html, text: htmlToText(html) };
}

/**
 * The body of the message being written: a rich-text editor with its formatting toolbar, or
 * a plain textarea. The switch between them converts what is written (lib/compose/plain-rich.ts)
 * and tells the caller, which owns `plain`. The editor lives in both modes (created on the
 * client only, for SSR), so switching back needs no new instance.
 */
export function MessageEditor({
  ref,
  initialHtml,
  initialText,
  plain,
  onChange,
  onPlainChange,
  autoFocus = false,
}: MessageEditorProps) {
  // null while the link form is closed; a new number at each opening, so Ctrl+K on an open form starts it afresh.
  const [linkOpening, setLinkOpening] = useState<number | null>(null);
  const openLink = () => setLinkOpening((opening) => (opening ?? 0) + 1);
  const [text, setText] = useState(() => initialText || htmlToText(initialHtml ?? ''));
  // Autofocus is for the opened message only; after a switch, focus stays on the switch.
  const [focusOnOpen, setFocusOnOpen] = useState(autoFocus);
  // Created once: new options on a render would make the editor reconfigure itself.
  const [setup] = useState(() => ({
    extensions: extensionsFor(openLink),
    content: initialHtml || textToHtml(initialText ?? ''),
    autofocus: autoFocus && !plain ? ('start' as const) : false,
    editorProps: {
      attributes: {
        class: PROSE,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Message',
        'data-testid': 'compose-editor',
      },
    },
  }));
  const editor = useEditor({
    ...setup,
    immediatelyRender: false,
    onUpdate: ({ editor: changed }) => onChange(richContent(changed)),
  });

  useImperativeHandle(ref, () => ({
    swapSignature(from, to) {
      if (!plain) {
        if (editor) swapEditorSignature(editor, from, to);
        return;
      }
      const next = swapSignatureText(text, from, to);
      setText(next);
      onChange({ html: undefined, text: next });
    },
  }));

  const switchMode = () => {
    if (!editor) return;
    setFocusOnOpen(false);
    setLinkOpening(null);
    if (plain) {
      // Not an undoable step (Ctrl+Z should not bring back the text from before the plain-text edit);
      // spaces kept as typed, as the textarea showed them.
      const html = textToHtml(text);
      const options = { emitUpdate: false, parseOptions: { preserveWhitespace: true } } as const;
      editor.chain().setMeta('addToHistory', false).setContent(html, options).run();
      onChange(richContent(editor));
    } else {
      const converted = richContent(editor).text;
      setText(converted);
      onChange({ html: undefined, text: converted });
    }
    onPlainChange(!plain);
  };

  return (
    <div className="flex flex-col">
      <div className="sticky top-0 z-10 flex items-center gap-2 border-b border-line bg-surface py-1">
        {editor && !plain ? <FormatToolbar editor={editor} onLink={openLink} /> : <div className="h-8 flex-1" />}
        <button
          type="button"
          data-testid="compose-plain-toggle"
          aria-pressed={plain}
          disabled={!editor}
          title={plain ? 'Write with formatting again' : 'Send as plain text, without formatting'}
          onClick={switchMode}
          className={`h-8 shrink-0 rounded-md px-2.5 text-xs font-medium focus-ring-inset disabled:opacity-60 ${
            plain ? 'bg-accent-soft text-accent-ink' : 'text-muted hover:bg-hover hover:text-fg'
          }`}
        >
          Plain text
        </button>
      </div>
      {editor && !plain && linkOpening !== null ? (
        <LinkForm key={linkOpening} editor={editor} onClose={() => setLinkOpening(null)} />
      ) : null}
      {plain ? (
        <textarea
          data-testid="compose-plain"
          aria-label="Message"
          placeholder="Write your message"
          // biome-ignore lint/a11y/noAutofocus: the caller asks for it when the recipients are already filled in
          autoFocus={focusOnOpen}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange({ html: undefined, text: event.target.value });
          }}
          className="field-sizing-content mt-2 block min-h-48 w-full resize-none rounded-md bg-transparent px-1 py-2 text-sm leading-6 text-fg placeholder:text-muted focus-ring-inset"
        />
      ) : (
        <EditorContent editor={editor} className="mt-2 min-h-48" />
      )}
    </div>
  );
}
