import { z } from 'zod';
import { Keyword } from './flags';
import { addressProblem, headerProblem, MAX_ADDRESS, MAX_NAME } from './recipient-rules';
import { DEFAULT_SETTINGS } from './values';

const problem = (check: (value: string) => string | null) => (value: string, context: z.RefinementCtx) => {
  const message = check(value);
  if (message) context.addIssue({ code: 'custom', message });
};

/** RFC 3676 §4.3 has no limit; a few lines are what a signature is. */
export const MAX_SIGNATURE = 2_000;
export const MAX_IDENTITIES = 10;

/** A reader's preferences. Every field has a default, so a new field never breaks stored settings. */
export const Settings = z.object({
  /** Opening a message marks it \Seen; false keeps mail unread until the reader marks it read. */
  markSeenOnOpen: z.boolean(),
  /**
   * A desktop notification for each new message while Letterbox is in a hidden tab. Off until
   * the reader turns it on: the switch asks the browser's permission then, never on load.
   */
  newMailNotifications: z.boolean(),
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
  /**
   * Labels are IMAP keywords with a name and a colour. `$label1`–`$label5` start with
   * Thunderbird's names and colours, so labels set in either client show in the other.
   */
  labels: z
    .array(
      z.object({
        keyword: Keyword,
        name: z.string().trim().min(1).max(40),
        color: z.string().regex(/^#[0-9a-f]{6}$/i, 'A colour such as #ff9900.'),
      }),
    )
    .max(50)
    .refine(
      (labels) => new Set(labels.map((label) => label.keyword.toLowerCase())).size === labels.length,
      'Labels must differ.',
    ),
  /** Who the user sends as (values.ts); whether an address is the user's own is checked on the server. */
  identities: z
    .array(
      z.object({
        name: z.string().trim().max(MAX_NAME).superRefine(problem(headerProblem)),
        address: z.string().trim().max(MAX_ADDRESS).superRefine(problem(addressProblem)),
        signature: z.string().max(MAX_SIGNATURE),
      }),
    )
    .max(MAX_IDENTITIES)
    .refine(
      (identities) => new Set(identities.map((identity) => identity.address.toLowerCase())).size === identities.length,
      'Each address once.',
    ),
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
