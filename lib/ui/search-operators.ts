import type { MessageState, TextField } from '@/lib/search/query-ast';

/** One value an operator can be completed with, as typed after its colon. */
export interface OperatorValue {
  value: string;
  description: string;
}

/** What completions draw on besides the fixed tables: the account's own names. */
export interface SuggestionSources {
  labels: readonly string[];
  folders: readonly string[];
}

export interface SearchOperator {
  name: string;
  description: string;
  /** The values offered after the colon; none for free text and dates. */
  values?: (sources: SuggestionSources) => OperatorValue[];
  /** The one value there is: the operator is offered whole at its name, as nothing is left to choose. */
  whole?: OperatorValue;
}

// Typed by the parser's own unions, so a state or a field added to the language fails here until it is described.
const TEXT_FIELDS: Record<Exclude<TextField, 'text'>, string> = {
  from: 'Sender',
  to: 'Recipient',
  cc: 'Copied to',
  bcc: 'Blind-copied to',
  subject: 'Words in the subject',
  body: 'Words in the body',
};

const STATES: Record<MessageState, string> = {
  unread: 'Unread messages',
  read: 'Read messages',
  starred: 'Starred messages',
  answered: 'Answered messages',
  draft: 'Drafts',
  assigned: 'Taken by someone (team folders)',
  waiting: 'Waiting for an answer (team folders)',
  done: 'Marked done (team folders)',
};

const ATTACHMENT: OperatorValue = { value: 'attachment', description: 'Messages with attachments' };

const fixed = (values: OperatorValue[]) => () => values;
const named = (names: readonly string[], description: string) => names.map((value) => ({ value, description }));

/** Every operator of lib/search/query-operators.ts, in the order people reach for them, with what the popup says of it. */
export const SEARCH_OPERATORS: readonly SearchOperator[] = [
  ...Object.entries(TEXT_FIELDS).map(([name, description]) => ({ name, description })),
  {
    name: 'is',
    description: 'Unread, read, starred, answered, draft, assigned or done',
    values: fixed(Object.entries(STATES).map(([value, description]) => ({ value, description }))),
  },
  { name: 'has', description: ATTACHMENT.description, values: fixed([ATTACHMENT]), whole: ATTACHMENT },
  { name: 'label', description: 'Messages with a label', values: ({ labels }) => named(labels, 'Label') },
  {
    name: 'assignee',
    description: 'Who took it, in a team folder',
    values: fixed([{ value: 'me', description: 'Messages you took' }]),
  },
  {
    name: 'in',
    description: 'One folder, or every folder',
    values: ({ folders }) => [{ value: 'anywhere', description: 'Every folder' }, ...named(folders, 'Folder')],
  },
  { name: 'after', description: 'On or after a date (YYYY/MM/DD)' },
  { name: 'before', description: 'Before a date (YYYY/MM/DD)' },
  { name: 'on', description: 'On a date (YYYY/MM/DD)' },
  {
    name: 'newer_than',
    description: 'Newer than an age (7d, 2m, 1y)',
    values: fixed([
      { value: '7d', description: 'In the last week' },
      { value: '1m', description: 'In the last month' },
      { value: '1y', description: 'In the last year' },
    ]),
  },
  {
    name: 'older_than',
    description: 'Older than an age (7d, 2m, 1y)',
    values: fixed([
      { value: '7d', description: 'More than a week old' },
      { value: '1m', description: 'More than a month old' },
      { value: '1y', description: 'More than a year old' },
    ]),
  },
  {
    name: 'larger',
    description: 'Larger than a size (100k, 5M)',
    values: fixed([
      { value: '1M', description: 'Larger than 1 MB' },
      { value: '5M', description: 'Larger than 5 MB' },
      { value: '10M', description: 'Larger than 10 MB' },
    ]),
  },
  {
    name: 'smaller',
    description: 'Smaller than a size (100k, 5M)',
    values: fixed([
      { value: '100k', description: 'Smaller than 100 KB' },
      { value: '1M', description: 'Smaller than 1 MB' },
    ]),
  },
];
