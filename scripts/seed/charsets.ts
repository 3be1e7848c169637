/**
 * Legacy-charset encoders and the fixed charset sample messages.
 *
 * iconv-lite covers the single-byte charsets and Shift_JIS but has no ISO-2022-JP
 * codec, so that one goes through encoding-japanese (whose 'JIS' is ISO-2022-JP:
 * it returns to ASCII with ESC ( B before every ASCII character, hence before each
 * CRLF, as RFC 1468 requires).
 */
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

export type LegacyCharset = 'ISO-8859-1' | 'windows-1251' | 'ISO-2022-JP' | 'Shift_JIS';
export type Charset = LegacyCharset | 'UTF-8';
export type TransferEncoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

/** Encodes Unicode text into bytes of the given charset; throws rather than silently substituting '?'. */
export function encodeCharset(text: string, charset: Charset): Buffer {
  let bytes: Buffer;
  if (charset === 'UTF-8') return Buffer.from(text, 'utf8');
  if (charset === 'ISO-2022-JP') {
    bytes = Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }));
  } else {
    bytes = iconv.encode(text, charset);
  }
  // A character missing from the charset would be replaced, and expectedText would lie.
  if (decodeCharset(bytes, charset) !== text) throw new Error(`text is not representable in ${charset}: ${text.slice(0, 40)}`);
  return bytes;
}

export function decodeCharset(bytes: Buffer, charset: Charset): string {
  if (charset === 'UTF-8') return bytes.toString('utf8');
  if (charset === 'ISO-2022-JP') return Encoding.codeToString(Encoding.convert(bytes, { to: 'UNICODE', from: 'JIS' }));
  return iconv.decode(bytes, charset);
}

export interface CharsetSample {
  charset: LegacyCharset;
  encoding: TransferEncoding;
  /** Sender, subject and body are all in the sample's language so the message is self-consistent. */
  from: { name: string; address: string };
  subject: string;
  /** RFC 2047 encoding for the Subject, in the body's charset (RFC 1468 recommends B for ISO-2022-JP). */
  subjectEncoding: 'B' | 'Q';
  /** Unicode body text with CRLF line breaks: exactly what a reader must display. */
  text: string;
}

const lines = (...l: string[]) => `${l.join('\r\n')}\r\n`;

/**
 * One sample per (charset, transfer encoding) pair the brief asks for, plus raw 8bit
 * Latin-1, which old MTAs still emit. The texts avoid characters whose Unicode
 * mapping differs between converters (Shift_JIS 0x5C yen/backslash, wave dash vs
 * fullwidth tilde, NEC extensions) so expectedText is unambiguous.
 */
export const CHARSET_SAMPLES: readonly CharsetSample[] = [
  {
    charset: 'ISO-8859-1',
    encoding: 'quoted-printable',
    from: { name: 'Hélène Dubois', address: 'helene.dubois@example.fr' },
    subject: 'Réunion de rentrée : café à 10h',
    subjectEncoding: 'Q',
    text: lines(
      'Bonjour à tous,',
      '',
      'La réunion de rentrée aura lieu jeudi à 14h dans la salle « Fénelon ».',
      "N'oubliez pas vos idées pour l'été prochain : crêpes, pâtisseries et café.",
      'Coût estimé : 15 francs suisses par personne, ça reste raisonnable.',
      '',
      'À bientôt,',
      'Hélène',
    ),
  },
  {
    charset: 'ISO-8859-1',
    encoding: '8bit',
    from: { name: 'Jürgen Weiß', address: 'juergen.weiss@example.de' },
    subject: 'Grüße aus Köln',
    subjectEncoding: 'Q',
    text: lines(
      'Hallo Zoë,',
      '',
      'die Unterlagen für Straße 12 sind fertig. Größe: 3×4 m, Preis: 1.250 £.',
      '',
      'Schöne Grüße',
      'Jürgen',
    ),
  },
  {
    charset: 'windows-1251',
    encoding: 'quoted-printable',
    from: { name: 'Ольга Петрова', address: 'olga.petrova@example.com' },
    subject: 'Счёт № 42 за сентябрь',
    subjectEncoding: 'Q',
    text: lines(
      'Добрый день!',
      '',
      'Высылаю счёт № 42 за сентябрь. Оплатить нужно до 15 октября.',
      'Если возникнут вопросы, звоните в любое время.',
      '',
      'С уважением,',
      'Ольга',
    ),
  },
  {
    charset: 'windows-1251',
    encoding: 'base64',
    from: { name: 'Тарас Шевченко', address: 'taras@example.org' },
    subject: 'Привіт з Києва – ґанок і їжак',
    subjectEncoding: 'B',
    text: lines(
      'Привіт!',
      '',
      'Ґанок уже пофарбували, а їжак знову прийшов до саду.',
      'Єдине питання: коли приїдеш?',
      '',
      'Тарас',
    ),
  },
  {
    charset: 'ISO-2022-JP',
    encoding: '7bit',
    from: { name: '山田 太郎', address: 'taro.yamada@example.net' },
    subject: '来週の打ち合わせについて',
    subjectEncoding: 'B',
    text: lines(
      '鈴木様',
      '',
      'いつもお世話になっております。山田です。',
      '来週の打ち合わせは、10月8日（木）の午後2時からでお願いします。',
      '資料は前日までにお送りします。',
      '',
      'よろしくお願いいたします。',
    ),
  },
  {
    charset: 'ISO-2022-JP',
    encoding: 'base64',
    from: { name: '佐藤 花子', address: 'hanako.sato@example.net' },
    subject: '【ご案内】秋の社内イベント',
    subjectEncoding: 'B',
    text: lines(
      '皆さま',
      '',
      '秋の社内イベントを開催します。',
      '日時：10月23日（金）18時から',
      '場所：本社3階ホール',
      '',
      '総務部　佐藤',
    ),
  },
  {
    charset: 'Shift_JIS',
    encoding: 'base64',
    from: { name: '田中 一郎', address: 'ichiro.tanaka@example.jp' },
    subject: '見積書の送付（ｶﾀｶﾅ入り）',
    subjectEncoding: 'B',
    text: lines(
      '田中です。',
      '',
      'ご依頼の見積書を送付いたします。',
      '半角カナの確認：ｱｲｳｴｵ ﾃｽﾄ',
      'ご確認のほど、よろしくお願いします。',
    ),
  },
  {
    charset: 'Shift_JIS',
    encoding: 'quoted-printable',
    from: { name: '高橋 美咲', address: 'misaki.takahashi@example.jp' },
    subject: '議事録を共有します',
    subjectEncoding: 'B',
    text: lines(
      '高橋です。',
      '',
      '本日の会議の議事録を共有します。',
      '次回は十一月の第一週に予定しています。',
      '',
      '以上、よろしくお願いします。',
    ),
  },
];
