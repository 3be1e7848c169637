import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const CREDENTIAL = /pass|secret|token|cookie|credential|auth/i;

/**
 * Every module of lib/schemas, found by globbing the folder: a schema file added tomorrow is
 * checked without anyone remembering to import it here.
 */
const modules = import.meta.glob<Record<string, unknown>>('/lib/schemas/**/*.ts', { eager: true });

/**
 * The only schemas allowed a credential field: requests, which the browser sends and the
 * server never echoes. Every other export is checked, whatever it is called, since a response
 * is often assembled from smaller exported schemas (MessageView, Settings, SessionInfo).
 */
const REQUESTS_WITH_CREDENTIALS = new Set(['session.ts:SignInRequest']);

/** Every key any object schema can produce, however deeply nested. */
function keysOf(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' });
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

function schemasOf(files: Record<string, Record<string, unknown>>): Array<[string, z.ZodType]> {
  return Object.entries(files).flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
      .map(([name, schema]): [string, z.ZodType] => [`${path.replace(/^\/lib\/schemas\//, '')}:${name}`, schema]),
  );
}

/** The credential fields a set of schemas exposes, outside the allowed requests, as "file:Export.field". */
function credentialFields(files: Record<string, Record<string, unknown>>): string[] {
  return schemasOf(files)
    .filter(([name]) => !REQUESTS_WITH_CREDENTIALS.has(name))
    .flatMap(([name, schema]) =>
      keysOf(schema)
        .filter((key) => CREDENTIAL.test(key))
        .map((key) => `${name}.${key}`),
    );
}

const schemas = schemasOf(modules);

describe('response schemas carry no credential', () => {
  it('globs every file of lib/schemas', () => {
    const onDisk = readdirSync(resolve(import.meta.dirname, '../../../lib/schemas'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'));
    expect(
      Object.keys(modules)
        .map((path) => path.replace(/^\/lib\/schemas\//, ''))
        .sort(),
    ).toEqual(onDisk.sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(5);
  });

  it('finds the response schemas of every file', () => {
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'session.ts:SessionResponse',
        'mailboxes.ts:MailboxesResponse',
        'message-list.ts:MessagesResponse',
        'message-view.ts:MessageView',
        'message-view.ts:SeenResponse',
        'settings.ts:SettingsResponse',
      ]),
    );
  });

  it.each(schemas.filter(([name]) => name.endsWith('Response')))('%s has fields to check', (_name, schema) => {
    expect(keysOf(schema).length).toBeGreaterThan(0);
  });

  it('no exported schema but the sign-in request has a credential field', () => {
    expect(credentialFields(modules)).toEqual([]);
  });

  it('the sign-in request does carry the password, proving the check reads field names', () => {
    const signIn = schemas.find(([name]) => name === 'session.ts:SignInRequest')?.[1];
    expect(signIn && keysOf(signIn).filter((key) => CREDENTIAL.test(key))).toEqual(['password']);
  });

  it('a response schema with a password field, in a file of any name, is caught', () => {
    const leaky = { '/lib/schemas/new-feature.ts': { WidgetResponse: z.object({ widget: z.object({ password: z.string() }) }) } };
    expect(credentialFields({ ...modules, ...leaky })).toEqual(['new-feature.ts:WidgetResponse.password']);
  });
});
