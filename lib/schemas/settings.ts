import { z } from 'zod';
import { DEFAULT_SETTINGS } from './values';

/** A reader's preferences. Every field has a default, so a new field never breaks stored settings. */
export const Settings = z.object({
  /** Opening a message marks it \Seen; false keeps mail unread until the reader marks it read. */
  markSeenOnOpen: z.boolean(),
  /** Senders whose remote content loads without asking; addresses, lower-cased, at most 1,000. */
  remoteContentSenders: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .max(320)
        .regex(/^[^\s@]+@[^\s@]+$/, 'Not an e-mail address.'),
    )
    .max(1_000)
    .transform((list) => [...new Set(list)]),
});
export type Settings = z.infer<typeof Settings>;

export { DEFAULT_SETTINGS };

/** A change to some settings; unknown keys are refused, not silently stored. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/**
 * `storage` says where the settings live: on the mail server (IMAP METADATA, so every device
 * shares them), or, when the server has no METADATA, in each browser on its own.
 */
export const SettingsResponse = z.object({ settings: Settings, storage: z.enum(['server', 'browser']) });
export type SettingsResponse = z.infer<typeof SettingsResponse>;
