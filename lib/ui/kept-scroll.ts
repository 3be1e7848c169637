type Row = { id: string };

/**
 * Where to scroll a list of fixed-height rows after rows came or went above what the reader
 * looks at, so that what they look at stays put: the first row in view (or, if it left, the
 * next one that stayed) keeps its place on screen. At the very top nothing is kept: new mail
 * then shows where the reader is looking, as in every mail client. A list in another order
 * (a new sort's rows replacing the old ones) is not rows arriving: its offset stays.
 */
export function keptScrollTop(
  scrollTop: number,
  rowHeight: number,
  before: readonly Row[],
  after: readonly Row[],
  indexAfter: (id: string) => number | undefined,
): number {
  if (scrollTop <= 0) return scrollTop;
  const first = Math.floor(scrollTop / rowHeight);
  for (let index = first; index < before.length; index++) {
    const row = before[index];
    const now = row ? indexAfter(row.id) : undefined;
    if (now === undefined) continue;
    const shift = now - index;
    return shift !== 0 && onlyArrivedOrLeft(before, after, index, now, indexAfter) ? scrollTop + shift * rowHeight : scrollTop;
  }
  return scrollTop;
}

/**
 * The anchor moved by exactly the rows that arrived above it minus those that left: the rows
 * above it that both lists have kept their number, so nothing was reordered past it.
 */
function onlyArrivedOrLeft(
  before: readonly Row[],
  after: readonly Row[],
  was: number,
  now: number,
  indexAfter: (id: string) => number | undefined,
): boolean {
  const known = new Set(before.map((row) => row.id));
  const arrived = after.slice(0, now).filter((row) => !known.has(row.id)).length;
  const left = before.slice(0, was).filter((row) => indexAfter(row.id) === undefined).length;
  return now - was === arrived - left;
}
