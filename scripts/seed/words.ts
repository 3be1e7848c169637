/**
 * Built-in vocabulary so seeded mail reads like a real mailbox. Domains are the
 * RFC 2606 reserved ones (example.com/.org/.net, .test), so no seeded address can
 * ever belong to a real person.
 */

export interface Contact {
  name: string;
  address: string;
}

/** People who write to the mailbox owner; several names need RFC 2047 encoding in From. */
export const CONTACTS: readonly Contact[] = [
  { name: 'Alice Martin', address: 'alice.martin@example.com' },
  { name: 'Bob Okafor', address: 'bob@example.org' },
  { name: 'Carla Rossi', address: 'carla.rossi@example.net' },
  { name: 'José Álvarez', address: 'jose.alvarez@example.com' },
  { name: 'Zoë Müller', address: 'zoe.mueller@example.org' },
  { name: '山田 太郎', address: 'taro.yamada@example.net' },
  { name: 'Ольга Петрова', address: 'olga.petrova@example.com' },
  { name: 'Łukasz Wiśniewski', address: 'lukasz@example.org' },
  { name: 'Priya Raman', address: 'priya.raman@example.com' },
  { name: 'Ana Lima 🌻', address: 'ana.lima@example.net' },
  { name: "Dmitri O'Neill", address: 'dmitri.oneill@example.com' },
  { name: '김민준', address: 'minjun.kim@example.org' },
  { name: 'Sam Lee', address: 'sam.lee@example.net' },
  { name: 'Grace Hopper-Smith', address: 'grace@example.com' },
];

/** Automated senders, paired with the kind of mail they send. */
export const NEWSLETTERS: readonly { sender: Contact; listId: string; title: string }[] = [
  {
    sender: { name: 'The Morning Brief', address: 'news@brief.example.com' },
    listId: 'brief.example.com',
    title: 'Morning Brief',
  },
  {
    sender: { name: 'Café Tech Weekly ☕', address: 'digest@cafetech.example.org' },
    listId: 'weekly.cafetech.example.org',
    title: 'Café Tech Weekly',
  },
  {
    sender: { name: 'Open Source Digest', address: 'hello@osdigest.example.net' },
    listId: 'osdigest.example.net',
    title: 'Open Source Digest',
  },
];

export const BILLING: readonly Contact[] = [
  { name: 'Acme Hosting Billing', address: 'billing@acme-hosting.example.com' },
  { name: 'Nordlicht Energie GmbH', address: 'rechnung@nordlicht.example.org' },
];

/** Subjects for ordinary mail; the non-ASCII ones exercise RFC 2047 in both B and Q encodings. */
export const SUBJECTS: readonly string[] = [
  'Quick question about the Q4 roadmap',
  'Lunch on Thursday?',
  'Re-scheduling our 1:1',
  'Notes from the design review',
  'Your account security settings',
  'Draft of the conference talk',
  'Can you review my pull request?',
  'Travel plans for the offsite',
  "Réunion d'équipe jeudi à 10h",
  'Grüße aus München',
  '会議の議事録（10月）',
  '🎉 We shipped it!',
  'Отчёт за сентябрь',
  'Café ☕ tomorrow?',
  'Reminder: dentist appointment',
  'Feedback on the onboarding flow',
  'Budget spreadsheet – final version',
  'Happy birthday! 🎂',
  'Zażółć gęślą jaźń – test polskich znaków',
  '새 프로젝트 킥오프',
  'Server maintenance window this weekend',
  'Photos from the weekend',
];

/** Subjects of team threads (INBOX threads and the "Team Stuff" folders). */
export const TEAM_SUBJECTS: readonly string[] = [
  'Sprint planning for week 41',
  'Deploy checklist for v2.3',
  'Incident review: login outage',
  'Naming the new service',
  'On-call rotation swap',
  'Code freeze dates',
];

/** Business-like lines for plain English bodies. */
export const SENTENCES: readonly string[] = [
  'I had a look at the numbers and they mostly line up with what we discussed last week.',
  'Could you send me the latest version before the end of the day?',
  'The meeting moved to the small room on the third floor.',
  'Let me know if Thursday afternoon works better for you.',
  'I have attached the notes, feel free to add anything I missed.',
  'We still need a decision on the vendor before we can order the hardware.',
  'The staging deploy went fine, production is scheduled for tomorrow morning.',
  'Thanks again for jumping on this so quickly.',
  'I am out of office on Friday, Sam will cover for me.',
  'The customer asked whether the export can include archived projects too.',
  'Can we keep the scope small for the first iteration and iterate later?',
  'The new dashboard looks great on mobile, just a few spacing issues on tablets.',
  'Please double-check the totals in the second tab of the spreadsheet.',
  'I booked the train tickets, the confirmation is in the shared folder.',
  'Legal reviewed the contract and only had minor comments on section 4.',
  'We should probably write this down somewhere so that the next person does not have to guess.',
];

/** Non-ASCII lines for UTF-8 bodies (8bit, quoted-printable or base64 on the wire). */
export const UNICODE_SENTENCES: readonly string[] = [
  'Merci pour ton retour, on se voit à la réunion de jeudi.',
  'Schöne Grüße und bis nächste Woche – Jörg.',
  'Спасибо, всё получили, ответим до пятницы.',
  'ありがとうございます。資料を確認しました。',
  'Ça marche, je m’en occupe dès demain matin ☕.',
  'Gracias por la información, señora Núñez.',
  'Ship it! 🚀 Great work everyone 👏',
  '다음 주 월요일에 다시 이야기해요.',
];

export const GREETINGS: readonly string[] = ['Hi', 'Hello', 'Hey', 'Dear', 'Good morning'];
export const SIGN_OFFS: readonly string[] = ['Best,', 'Thanks,', 'Cheers,', 'Kind regards,', 'See you,'];

/** Headlines for newsletter issues. */
export const HEADLINES: readonly string[] = [
  'Why small teams ship faster',
  'A practical guide to IMAP IDLE',
  'Five charts that explain the energy market',
  'What we learned migrating 2 million mailboxes',
  'The quiet comeback of plain-text email',
  'Interview: building a search engine for your inbox',
  'Ten keyboard shortcuts you will actually use',
];

/** Sender time zones, so Date headers show realistic offsets (RFC 5322 §3.3 zone). */
export const ZONES: readonly number[] = [0, 60, 120, -240, -420, 330, 540, 600, -180];

/** Plain attachments (tiny, generated per message) and their MIME types. */
export const SMALL_ATTACHMENTS: readonly { filename: string; contentType: string }[] = [
  { filename: 'notes.txt', contentType: 'text/plain' },
  { filename: 'budget.csv', contentType: 'text/csv' },
  { filename: 'invite.ics', contentType: 'text/calendar' },
  { filename: 'config.json', contentType: 'application/json' },
];
