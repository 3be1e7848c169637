import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as mailboxSchemas from '@/lib/schemas/mailboxes';
import * as messageSchemas from '@/lib/schemas/message-list';
import * as sessionSchemas from '@/lib/schemas/session';

const CREDENTIAL = /pass|secret|token|cookie|credential|auth/i;

/** Every key any object schema can produce, however deeply nested. */
function keysOf(schema: z.ZodType, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' });
  const keys: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) keys.push(...Object.keys(properties));
    for (const value of Object.values(node)) walk(value);
  };
  walk(json);
  return keys;
}

const responseSchemas = Object.entries({ ...mailboxSchemas, ...messageSchemas, ...sessionSchemas }).filter(
  ([name, value]) => name.endsWith('Response') && value instanceof z.ZodType,
) as Array<[string, z.ZodType]>;

describe('response schemas carry no credential', () => {
  it('finds the response schemas', () => {
    expect(responseSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining(['SessionResponse', 'MailboxesResponse', 'MessagesResponse']),
    );
  });

  it.each(responseSchemas)('%s', (_name, schema) => {
    const keys = keysOf(schema);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => CREDENTIAL.test(key))).toEqual([]);
  });

  it('the sign-in request does carry the password, proving the check reads field names', () => {
    expect(keysOf(sessionSchemas.SignInRequest).filter((key) => CREDENTIAL.test(key))).toEqual(['password']);
  });
});
