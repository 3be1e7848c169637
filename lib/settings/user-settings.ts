import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { getServerMetadata, setServerMetadata } from '@/lib/imap/commands/metadata';
import type { Features } from '@/lib/imap/connection/capabilities';
import { withImap } from '@/lib/imap/connection/pool';
import type { Settings, SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';
import type { Account } from '@/lib/session/account';
import { DEFAULT_SETTINGS, validStoredFields } from './defaults';
import { assertOwnIdentities } from './own-identities';

/** One private server entry (RFC 5464 §3.2, vendor tree) holds all settings as JSON. */
const ENTRY = '/private/vendor/letterbox/settings';

const canStore = (features: Features) => features.metadata || features.metadataServer;

/**
 * Settings live with the mail, on the IMAP server, so they follow the user to every device
 * and every Letterbox instance. Without METADATA the defaults are answered and the browser
 * keeps its own copy (`storage: 'browser'`).
 */
export function readSettings(account: Account): Promise<SettingsResponse> {
  return withImap(account, async ({ client, features }) => {
    if (!canStore(features)) return { settings: DEFAULT_SETTINGS, storage: 'browser' };
    return { settings: parseStored(await getServerMetadata(client, ENTRY)), storage: 'server' };
  });
}

/**
 * Read, merge, write: two devices changing different settings at the same moment can lose
 * one change (METADATA has no compare-and-set). Settings change rarely; that is accepted.
 */
export function updateSettings(account: Account, patch: SettingsPatch): Promise<SettingsResponse> {
  assertOwnIdentities(account, patch);
  return withImap(
    account,
    async ({ client, features, write }) => {
      if (!canStore(features)) {
        throw new AppError('UNSUPPORTED', 'Your mail server cannot store settings; they are kept in this browser.');
      }
      const settings = { ...parseStored(await getServerMetadata(client, ENTRY)), ...patch };
      await write(() => setServerMetadata(client, ENTRY, JSON.stringify(settings)));
      return { settings, storage: 'server' };
    },
    // SETMETADATA is a write: a drop after it was sent is reported, never sent again.
    { retry: 'never' },
  );
}

/** Whatever another version or client stored: the valid fields win, the rest are defaults. */
export function parseStored(raw: string | null): Settings {
  if (!raw) return DEFAULT_SETTINGS;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
  return { ...DEFAULT_SETTINGS, ...validStoredFields(stored) };
}
