// A malformed folder id: the layout already shows "This folder doesn't exist" in the list column.
export default function MailboxNotFoundPage() {
  return null;
}
