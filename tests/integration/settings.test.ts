import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/schemas/values';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { IMAP_MINIMAL } from './support/servers';
import { freshUser } from './support/users';

type Untagged = { attributes: [unknown, Array<{ value: unknown }>] };
type Exec = (command: string, attributes: unknown[], options: object) => Promise<{ next: () => void }>;

/** What another IMAP client reads from the server entry, outside the app (RFC 5464 GETMETADATA). */
async function storedEntry(owner: ReturnType<typeof freshUser>): Promise<string | null> {
  return withDirectImap(owner, async (imap) => {
    let value: string | null = null;
    const collect = async ({ attributes }: Untagged) => {
      const found = attributes[1]?.[1]?.value;
      value = Buffer.isBuffer(found) ? found.toString('utf8') : found ? String(found) : null;
    };
    const exec = (imap as unknown as { exec: Exec }).exec.bind(imap);
    const entry = [
      { type: 'STRING', value: '' },
      { type: 'ATOM', value: '/private/vendor/letterbox/settings' },
    ];
    (await exec('GETMETADATA', entry, { untagged: { METADATA: collect } })).next();
    return value;
  });
}

describe('/api/settings', () => {
  it('stores settings on the mail server (METADATA), where another device reads them', async () => {
    const owner = freshUser('settings');
    const laptop = new AppClient();
    await laptop.signIn(owner.user, owner.password);
    const initial = await laptop.request('GET', '/api/settings');
    expect(initial.json).toEqual({ settings: DEFAULT_SETTINGS, storage: 'server' });

    const changed = await laptop.request('PATCH', '/api/settings', { markSeenOnOpen: false });
    expect(changed.status).toBe(200);
    expect(changed.json?.settings.markSeenOnOpen).toBe(false);
    const trusted = await laptop.request('PATCH', '/api/settings', { remoteContentSenders: ['News@Example.org'] });
    const expected = { ...DEFAULT_SETTINGS, markSeenOnOpen: false, remoteContentSenders: ['news@example.org'] };
    expect(trusted.json?.settings).toEqual(expected);
    expect(JSON.parse((await storedEntry(owner)) ?? '{}')).toEqual(expected);

    const phone = new AppClient();
    await phone.signIn(owner.user, owner.password);
    expect((await phone.request('GET', '/api/settings')).json).toEqual({
      settings: expected,
      storage: 'server',
    });
  });

  it('refuses unknown settings and wrong types with 400, storing nothing', async () => {
    const owner = freshUser('settings');
    const client = new AppClient();
    await client.signIn(owner.user, owner.password);
    for (const body of [{ theme: 'dark' }, { markSeenOnOpen: 'no' }]) {
      const response = await client.request('PATCH', '/api/settings', body);
      expect(response.status).toBe(400);
      expect(response.json?.error.code).toBe('BAD_REQUEST');
    }
    expect(await storedEntry(owner)).toBeNull();
  });

  it('keeps identities of the user’s own addresses only, naming the refused one, storing nothing then', async () => {
    const owner = freshUser('settings');
    const client = new AppClient();
    await client.signIn(owner.user, owner.password);
    const mine = { name: 'Work', address: `${owner.user}+work@letterbox.test`, signature: 'Ana\nLetterbox' };
    const theirs = { name: 'CEO', address: 'ceo@letterbox.test', signature: '' };
    const refused = await client.request('PATCH', '/api/settings', { identities: [mine, theirs] });
    expect(refused.status).toBe(400);
    expect(refused.json?.error.message).toContain('identities.1.address');
    expect(await storedEntry(owner)).toBeNull();
    const saved = await client.request('PATCH', '/api/settings', { identities: [mine] });
    expect(saved.status).toBe(200);
    expect(JSON.parse((await storedEntry(owner)) ?? '{}').identities).toEqual([mine]);
  });

  it('says settings stay in the browser on a server without METADATA, and never sends it the command', async () => {
    const owner = freshUser('settings');
    const client = new AppClient();
    expect((await client.signIn(owner.user, owner.password, { port: IMAP_MINIMAL.port })).status).toBe(200);
    expect((await client.request('GET', '/api/settings')).json).toEqual({
      settings: DEFAULT_SETTINGS,
      storage: 'browser',
    });
    const refused = await client.request('PATCH', '/api/settings', { markSeenOnOpen: false });
    expect(refused.status).toBe(422);
    expect(refused.json?.error.code).toBe('UNSUPPORTED');
    await client.request('DELETE', '/api/session');
    await expect.poll(() => sentCommands(owner.user, 'minimal').length).toBeGreaterThan(0);
    expect(sentCommands(owner.user, 'minimal').filter((command) => /METADATA/.test(command.name))).toEqual([]);
  });

  it('needs a session', async () => {
    expect((await new AppClient().request('GET', '/api/settings')).status).toBe(401);
  });
});
