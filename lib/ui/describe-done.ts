import type { Operation } from '@/lib/client/operations';

function messages(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'message' : 'messages'}`;
}

/** What a change did, for the undo toast: "Archived 3 messages". `count` is what the server changed. */
export function describeDone(operation: Operation, count: number): string {
  const what = messages(count);
  if (operation.kind === 'move') {
    switch (operation.action) {
      case 'move':
        return `Moved ${what}`;
      case 'copy':
        return `Copied ${what}`;
      case 'archive':
        return `Archived ${what}`;
      case 'delete':
        return operation.permanent ? `Deleted ${what} for good` : `Moved ${what} to Trash`;
      case 'junk':
        return `Marked ${what} as junk`;
      case 'not-junk':
        return `Marked ${what} as not junk`;
    }
  }
  if (operation.kind !== 'flags') return 'Done';
  const [added] = operation.add ?? [];
  const [removed] = operation.remove ?? [];
  if (added === '\\Seen') return `Marked ${what} as read`;
  if (removed === '\\Seen') return `Marked ${what} as unread`;
  if (added === '\\Flagged') return `Starred ${what}`;
  if (removed === '\\Flagged') return `Unstarred ${what}`;
  return `Changed ${what}`;
}
