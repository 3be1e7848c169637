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
    Object.entries(DEFAULT_SETTINGS).flatMap(([key, fallback]) =>
      sameType(key as keyof SettingsValues, fields[key], fallback) ? [[key, fields[key]]] : [],
    ),
  );
}

/** The shape of an item of a list whose default is empty, where there is no first item to copy. */
const ITEM_SAMPLES: Partial<Record<keyof SettingsValues, unknown>> = {
  identities: { name: '', address: '', signature: '' },
};

function sameType(key: keyof SettingsValues, value: unknown, fallback: unknown): boolean {
  // An array's items take the shape of the default's first item (strings when the default is empty).
  if (Array.isArray(fallback)) {
    const sample = fallback[0] ?? ITEM_SAMPLES[key] ?? '';
    return Array.isArray(value) && value.every((item) => sameShape(item, sample));
  }
  return typeof value === typeof fallback && !Array.isArray(value);
}

/** A string, or a plain object whose string fields are all present as strings (a label). */
function sameShape(item: unknown, sample: unknown): boolean {
  if (typeof sample !== 'object' || sample === null) return typeof item === typeof sample;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const fields = item as Record<string, unknown>;
  return Object.keys(sample).every((key) => typeof fields[key] === 'string');
}
