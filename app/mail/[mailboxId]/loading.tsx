// The layout above draws the folder at once (from the cache when it was opened before); the
// pages below render nothing, so there is nothing to wait for here. Kept as the boundary up to
// which links to a folder are prefetched.
export default function MailboxLoading() {
  return null;
}
