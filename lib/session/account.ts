import 'server-only';
import type { TlsMode } from '@/lib/schemas/session';

/** Everything needed to (re)connect one signed-in session to its IMAP server. */
export interface Account {
  /** Random per sign-in; rotates on every sign-in. */
  sessionId: string;
  user: string;
  password: string;
  host: string;
  port: number;
  tls: TlsMode;
}
