import { linkifyText } from '@/lib/ui/linkify-text';
import { markMatches, termPattern } from '@/lib/ui/mark-matches';

/** Text with the searched words marked. */
function Marked({ text, pattern }: { text: string; pattern: RegExp | null }) {
  return markMatches(text, pattern).map((piece, at) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder
    piece.marked ? <mark key={at}>{piece.text}</mark> : piece.text,
  );
}

/** A plain-text body: lines kept, links clickable (new tab, no referrer), quoted lines set off, the searched words marked. */
export function MessageText({ text, marks }: { text: string; marks: readonly string[] }) {
  const lines = linkifyText(text);
  const pattern = termPattern(marks);
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
            ) : piece.text ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <Marked key={at} text={piece.text} pattern={pattern} />
            ) : at === 0 ? (
              '\u00a0'
            ) : (
              ''
            ),
          )}
        </div>
      ))}
    </div>
  );
}
