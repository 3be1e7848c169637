import { DEFAULT_SETTINGS, type SettingsValues } from '@/lib/schemas/values';

/**
 * Reading stored settings without zod, so the browser can merge its own stored copy without
 * shipping the schema library (lib/schemas/settings.ts validates on the server).
 */
export { DEFAULT_SETTINGS, type SettingsValues };

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
