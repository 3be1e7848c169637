import { redirect } from 'next/navigation';
import { getSessionInfo } from '@/lib/session/session-info';

/** The front door: reads the session cookie, so it is rendered per request. */
export default async function Home() {
  redirect((await getSessionInfo()) ? '/mail' : '/login');
}
