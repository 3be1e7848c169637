import 'server-only';
import type { ImapFlow } from 'imapflow';
import type { SortKey, SortOrder } from '@/lib/schemas/message-list';

/** The RFC 5256 sort criterion for each list order. ARRIVAL is INTERNALDATE. */
const CRITERION: Record<Exclude<SortKey, 'arrival'>, string> = { date: 'DATE', from: 'FROM', subject: 'SUBJECT', size: 'SIZE' };

type Untagged = { attributes?: Array<{ value?: unknown }> };
type ExecResponse = { next: () => void };
type Exec = (
  command: string,
  attributes: unknown[],
  options: { untagged: Record<string, (u: Untagged) => Promise<void>> },
) => Promise<ExecResponse>;

/**
 * `UID SORT (REVERSE DATE) UTF-8 ALL` through imapflow's internal exec(): imapflow has no
 * SORT helper (RFC 5256), and exec() is internal API, so it is kept in this one adapter, called
 * under the mailbox lock and covered by the Dovecot tests. Only ever used when CAPABILITY lists SORT.
 */
export async function uidSort(client: ImapFlow, key: Exclude<SortKey, 'arrival'>, order: SortOrder): Promise<number[]> {
  const criteria = [...(order === 'desc' ? [{ type: 'ATOM', value: 'REVERSE' }] : []), { type: 'ATOM', value: CRITERION[key] }];
  const uids: number[] = [];
  const collect = async (untagged: Untagged) => {
    for (const attribute of untagged.attributes ?? []) {
      const uid = Number(attribute.value);
      if (Number.isInteger(uid) && uid > 0) uids.push(uid);
    }
  };
  const exec = (client as unknown as { exec: Exec }).exec.bind(client);
  const atoms = ['UTF-8', 'ALL'].map((value) => ({ type: 'ATOM', value }));
  const response = await exec('UID SORT', [criteria, ...atoms], { untagged: { SORT: collect } });
  response.next();
  return uids;
}
