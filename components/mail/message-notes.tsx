import { CircleAlert } from 'lucide-react';
import type { BodyNote } from '@/lib/schemas/message-view';
import { describeBodyNote } from '@/lib/ui/describe-body-note';

/** What could not be shown as sent (a cut header, an unknown charset), one line each, phrased here from the server's codes. */
export function MessageNotes({ notes }: { notes: readonly BodyNote[] }) {
  return notes.map((note) => {
    const sentence = describeBodyNote(note);
    return (
      <p
        key={sentence}
        data-testid="message-note"
        data-note={note.code}
        className="flex items-start gap-2 border-b border-line bg-canvas px-5 py-2 text-sm text-muted"
      >
        <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" /> {sentence}
      </p>
    );
  });
}
