/**
 * npx tsx scripts/seed/share-folder.ts --owner demo --password demo --folder "Team Stuff" --with demo2 --rights lrswite
 *
 * Shares one of the owner's folders (SETACL, RFC 4314) over IMAP, as the app would, so Dovecot
 * records it in its shared-mailbox dict and the grantee lists it under shared/<owner>/.
 */
import { parseArgs } from 'node:util';
import { publishRosterDirect, setAclDirect } from '../harness/direct-acl';
import { withDirectImap } from '../harness/direct-imap';

const { values } = parseArgs({
  options: {
    owner: { type: 'string' },
    password: { type: 'string' },
    folder: { type: 'string' },
    with: { type: 'string' },
    rights: { type: 'string', default: 'lrswite' },
  },
});
const { owner, password, folder, with: grantee, rights } = values;
if (!owner || !password || !folder || !grantee || !rights) {
  console.error('usage: tsx scripts/seed/share-folder.ts --owner U --password P --folder F --with V [--rights lrswite]');
  process.exit(2);
}
await withDirectImap({ user: owner, password }, async (imap) => {
  await setAclDirect(imap, folder, grantee, rights);
  // And its roster, so the grantee can assign messages to a teammate, as after a share made in Letterbox.
  await publishRosterDirect(imap, folder);
});
console.log(`shared ${owner}'s "${folder}" with ${grantee} (${rights})`);
