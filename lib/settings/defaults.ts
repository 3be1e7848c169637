/**
 * The settings a reader starts with. Zod-free, so the browser can merge its own stored copy
 * without shipping the schema library (lib/schemas/settings.ts validates on the server).
 */
export const DEFAULT_SETTINGS = {
  /** Opening a message marks it \Seen; false keeps mail unread until the reader marks it read. */
  markSeenOnOpen: true as boolean,
  /** Senders (lower-case addresses) whose messages show remote content without asking. */
  remoteContentSenders: [] as string[],
};

export type SettingsValues = typeof DEFAULT_SETTINGS;

/** The fields of `stored` that have the type of their default; anything else is dropped. */
export function validStoredFields(stored: unknown): Partial<SettingsValues> {
  if (typeof stored !== 'object' || stored === null) return {};
  const fields = stored as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS).flatMap(([key, fallback]) => (sameType(fields[key], fallback) ? [[key, fields[key]]] : [])),
  );
}

function sameType(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value) && value.every((item) => typeof item === 'string');
  return typeof value === typeof fallback && !Array.isArray(value);
}
