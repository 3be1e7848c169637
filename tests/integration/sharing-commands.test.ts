import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAcl, getAcl, listRights, myRights, setAcl } from '@/lib/imap/commands/acl';
import { toAppError } from '@/lib/imap/connection/errors';
import { closeDirect, connectDirect } from './support/direct-imap';
import { freshUser, type TestUser } from './support/users';

/**
 * lib/imap/commands/acl.ts against Dovecot: the RFC 4314 commands imapflow lacks, on a
 * folder whose name needs modified UTF-7, checked from the grantee's side too.
 */
const FOLDER = 'Équipe & Co';

let alice: TestUser;
let bob: TestUser;
let aliceImap: ImapFlow;
let bobImap: ImapFlow;

beforeAll(async () => {
  alice = freshUser('acl-alice');
  bob = freshUser('acl-bob');
  aliceImap = await connectDirect(alice);
  bobImap = await connectDirect(bob);
  await aliceImap.mailboxCreate(FOLDER);
});

afterAll(async () => {
  await closeDirect(aliceImap);
  await closeDirect(bobImap);
});

const sharedPath = () => `shared/${alice.user}/${FOLDER}`;

describe('the ACL adapter', () => {
  it('grants, reads and lists rights; the grantee holds exactly them', async () => {
    await setAcl(aliceImap, FOLDER, bob.user, 'lrswite');
    const entries = await getAcl(aliceImap, FOLDER);
    // Dovecot stores the obsolete `d` beside t and e (RFC 4314 §2.1.1).
    expect(entries).toContainEqual({ identifier: bob.user, rights: expect.stringMatching(/^[eilrwtsd]{8}$/) });
    expect([...(entries.find((entry) => entry.identifier === bob.user)?.rights ?? '')].sort().join('')).toBe('deilrstw');
    expect(entries.find((entry) => entry.identifier === alice.user)?.rights).toContain('a');

    expect(await myRights(aliceImap, FOLDER)).toContain('a');
    const bobs = await myRights(bobImap, sharedPath());
    expect([...bobs].sort().join('')).toBe('deilrstw');

    const offered = await listRights(aliceImap, FOLDER, bob.user);
    expect(offered.required).toBe('');
    expect(offered.optional).toEqual(expect.arrayContaining(['l', 'r', 'w', 's', 't', 'p', 'i', 'e', 'k', 'x', 'a']));
  });

  it('refuses GETACL without the `a` right: NOPERM, a 403', async () => {
    const refusal = await getAcl(bobImap, sharedPath()).catch((error: unknown) => error);
    expect(toAppError(refusal).code).toBe('FORBIDDEN');
  });

  it('removes an entry: the folder leaves the grantee', async () => {
    await deleteAcl(aliceImap, FOLDER, bob.user);
    expect((await getAcl(aliceImap, FOLDER)).map((entry) => entry.identifier)).not.toContain(bob.user);
    const listed = (await bobImap.list()).map((entry) => entry.path);
    expect(listed).not.toContain(sharedPath());
    const refusal = await myRights(bobImap, sharedPath()).catch((error: unknown) => error);
    expect(toAppError(refusal).code).toBe('NOT_FOUND');
  });
});
