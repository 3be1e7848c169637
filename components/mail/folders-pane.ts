/**
 * On phones the folder tree is a full-screen pane reached through `?pane=folders`. The native
 * History API updates useSearchParams without a server round trip, and the entry makes the
 * browser's back button close the pane.
 */
let pushedByUs = false;

export function openFoldersPane(): void {
  const params = new URLSearchParams(window.location.search);
  params.set('pane', 'folders');
  window.history.pushState(null, '', `${window.location.pathname}?${params}`);
  pushedByUs = true;
}

export function closeFoldersPane(): void {
  // Going back returns to the list we came from; a pane opened from a shared link has nothing behind it to go back to.
  if (pushedByUs) {
    pushedByUs = false;
    window.history.back();
    return;
  }
  const params = new URLSearchParams(window.location.search);
  params.delete('pane');
  const query = params.toString();
  window.history.replaceState(null, '', query ? `${window.location.pathname}?${query}` : window.location.pathname);
}
