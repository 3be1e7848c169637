/**
 * What one simulated person does, round after round (issue 12): the folder list, INBOX's first
 * page, a message chosen uniformly over the whole INBOX, the next page, another such message;
 * then, in one round of three, a page at a random depth of INBOX, and, independently in one
 * round of three, another folder's first page. So a round averages 5⅔ requests: folders 18%,
 * first page 18%, open 35%, next page 18%, deep page 6%, other folder 6%.
 * Opens spread over the mailbox and deep pages matter: a message on the first page is hot in
 * Dovecot's cache, and the old run (opens from the first page only) looked better for it.
 */
export const REQUEST_KINDS = ['folders', 'first page', 'open', 'next page', 'deep page', 'other folder'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The mix in one line, for the report. */
export const MIX =
  'folder list → INBOX first page → open (uniform over INBOX) → next page → open; ' +
  'plus a deep page and another folder’s first page, each in 1 round of 3';

const ONE_IN = 3;

/** One round's requests in order; `random` is Math.random or a seeded stand-in. */
export function planRound(random: () => number): RequestKind[] {
  const round: RequestKind[] = ['folders', 'first page', 'open', 'next page', 'open'];
  if (random() < 1 / ONE_IN) round.push('deep page');
  if (random() < 1 / ONE_IN) round.push('other folder');
  return round;
}

/** A uniform pick, or undefined from an empty list. */
export function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}
