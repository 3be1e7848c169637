import { assigneeOf } from '@/lib/sharing/team-keywords';
/**
 * Labels are IMAP keywords (RFC 3501 §2.3.2) with a name and a colour from the settings.
 * Pure: the chips, the label menu and the labels dialog all decide through these functions.
 */

export interface LabelDefinition {
  keyword: string;
  name: string;
  color: string;
}

/** A label as a chip shows it; `color` is null for a keyword no label defines (a neutral chip). */
export interface ShownLabel {
  keyword: string;
  name: string;
  color: string | null;
}

/**
 * Keywords with a meaning of their own (the IANA "IMAP and JMAP Keywords" registry, RFC 5788,
 * and Thunderbird's junk pair), which say something about the message rather than file it:
 * never shown as a label. Lower-case, as flags compare (RFC 3501 §2.3.2).
 */
const STATE_KEYWORDS = new Set([
  '$forwarded',
  '$mdnsent',
  '$submitpending',
  '$submitted',
  '$junk',
  '$notjunk',
  'junk',
  'nonjunk',
  '$phishing',
  '$important',
  '$muted',
  '$followed',
  '$memo',
  '$hasmemo',
  '$hasattachment',
  '$hasnoattachment',
  '$autosent',
  '$unsubscribed',
  '$canunsubscribe',
  '$notify',
  '$imported',
  '$istrusted',
  '$maskedemail',
  '$new',
  '$mailflagbit0',
  '$mailflagbit1',
  '$mailflagbit2',
  // A team folder's state (lib/sharing/team-keywords.ts): the team bar shows it, in words.
  '$assigned',
  '$waiting',
  '$done',
]);

/** A user keyword that may be a label: not a system flag (`\Seen`), not a state keyword, not who took it. */
export function isLabelKeyword(flag: string): boolean {
  return !flag.startsWith('\\') && !STATE_KEYWORDS.has(flag.toLowerCase()) && assigneeOf([flag]) === null;
}

/**
 * The labels a message carries, in the order the reader defined them, then the keywords no
 * label defines (set by another client) under their own name. Matching ignores case: a server
 * may hand back `$Label1` for a stored `$label1` (RFC 3501 §2.3.2).
 */
export function labelsOf(flags: readonly string[], definitions: readonly LabelDefinition[]): ShownLabel[] {
  const carried = new Map<string, string>();
  for (const flag of flags) if (isLabelKeyword(flag) && !carried.has(flag.toLowerCase())) carried.set(flag.toLowerCase(), flag);
  const shown: ShownLabel[] = [];
  for (const definition of definitions) {
    const key = definition.keyword.toLowerCase();
    if (!carried.has(key)) continue;
    carried.delete(key);
    shown.push({ keyword: definition.keyword, name: definition.name, color: definition.color });
  }
  for (const keyword of carried.values()) shown.push({ keyword, name: keyword, color: null });
  return shown;
}

/** Whether each of the messages carries the keyword: all, none, or some (a mixed checkbox). */
export function labelState(flagSets: readonly (readonly string[])[], keyword: string): 'all' | 'none' | 'some' {
  const key = keyword.toLowerCase();
  const count = flagSets.filter((flags) => flags.some((flag) => flag.toLowerCase() === key)).length;
  if (count === 0) return 'none';
  return count === flagSets.length ? 'all' : 'some';
}

const KEYWORD_MAX = 100;

/**
 * The keyword for a new label, made as Thunderbird's nsMsgTagService::AddTag makes one
 * (comm-central mailnews/base/src/nsMsgTagService.cpp): ` ()/{%*<>\"` become `_`, the rest is
 * encoded as IMAP modified UTF-7 (RFC 3501 §5.1.3) and lower-cased, and while the key is taken
 * by another label, `A` is appended. So a label made here and the same tag made in Thunderbird
 * land on the same keyword. Thunderbird leaves `]` alone, but it is an atom-special
 * (RFC 3501 §9) that STORE cannot carry, so it becomes `_` too; the key is cut to the
 * Keyword schema's 100 characters.
 */
export function keywordForName(name: string, labels: readonly LabelDefinition[]): string {
  const transformed = name.trim().replace(/[ ()/{%*<>\\"\]]/g, '_');
  const base = encodeModifiedUtf7(transformed)
    .toLowerCase()
    .slice(0, KEYWORD_MAX - 4);
  const taken = (key: string) =>
    STATE_KEYWORDS.has(key.toLowerCase()) || labels.some((label) => label.keyword.toLowerCase() === key.toLowerCase());
  let key = base;
  while (taken(key) && key.length < KEYWORD_MAX) key += 'A';
  return key;
}

/** RFC 3501 §5.1.3: printable ASCII as itself (`&` as `&-`), anything else as `&` + base64 of UTF-16BE with `,` for `/` + `-`. */
export function encodeModifiedUtf7(text: string): string {
  let out = '';
  let pending: number[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = pending.flatMap((unit) => [unit >> 8, unit & 0xff]);
    out += `&${btoa(String.fromCharCode(...bytes))
      .replace(/=+$/, '')
      .replaceAll('/', ',')}-`;
    pending = [];
  };
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x20 && unit <= 0x7e) {
      flush();
      out += unit === 0x26 ? '&-' : text[index];
    } else {
      pending.push(unit);
    }
  }
  flush();
  return out;
}

/** The label a name refers to, compared as people would (case and surrounding spaces ignored). */
export function labelNamed(name: string, labels: readonly LabelDefinition[]): LabelDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  return labels.find((label) => label.name.trim().toLowerCase() === wanted);
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
function luminance(color: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(color.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white text, whichever reads better on the chip's colour (WCAG 2.x contrast ratio). */
export function chipTextColor(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** The swatches the labels dialog offers: Thunderbird's five first, then distinct hues. */
export const LABEL_PALETTE = [
  '#ff0000',
  '#ff9900',
  '#009900',
  '#3333ff',
  '#993399',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#ca8a04',
  '#64748b',
] as const;

/** The colour for a new label: the first swatch no label uses yet, else cycling through them. */
export function nextLabelColor(labels: readonly LabelDefinition[]): string {
  const used = new Set(labels.map((label) => label.color.toLowerCase()));
  return LABEL_PALETTE.find((color) => !used.has(color)) ?? LABEL_PALETTE[labels.length % LABEL_PALETTE.length] ?? '#64748b';
}
