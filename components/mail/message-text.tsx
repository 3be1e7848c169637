import { linkifyText } from '@/lib/ui/linkify-text';

/** A plain-text body: lines kept, links clickable (new tab, no referrer), quoted lines set off. */
export function MessageText({ text }: { text: string }) {
  const lines = linkifyText(text);
  return (
    <div
      data-testid="message-body"
      className="px-5 py-4 font-sans text-sm leading-relaxed break-words whitespace-pre-wrap text-fg"
    >
      {lines.map((line, index) => (
        // Lines never reorder, so their index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <div key={index} className={line.depth ? 'border-l-2 border-line-strong pl-3 text-muted' : undefined}>
          {line.pieces.map((piece, at) =>
            piece.kind === 'link' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <a key={at} href={piece.href} target="_blank" rel="noopener noreferrer" className="text-accent-ink underline">
                {piece.text}
              </a>
            ) : (
              piece.text || (at === 0 ? '\u00a0' : '')
            ),
          )}
        </div>
      ))}
    </div>
  );
}
