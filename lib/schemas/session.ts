import { z } from 'zod';

/** The security setting of an IMAP connection: implicit TLS, STARTTLS, or none (loopback only). */
export const TlsMode = z.enum(['true', 'false', 'starttls']);
export type TlsMode = z.infer<typeof TlsMode>;

export const SignInRequest = z.object({
  user: z.string().trim().min(1, 'Enter your user name.').max(320),
  password: z.string().min(1, 'Enter your password.').max(1024),
  host: z.string().trim().min(1).max(253).optional(),
  port: z.coerce.number().int().min(1).max(65535).optional(),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** Who is signed in. Never carries a credential: a guard test checks every response schema. */
export const SessionInfo = z.object({
  user: z.string(),
  /** The address mail is sent from (lib/compose/identity.ts): replies leave it out of their recipients. */
  address: z.string(),
  host: z.string(),
  port: z.number(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SessionResponse = z.object({ session: SessionInfo.nullable() });
export type SessionResponse = z.infer<typeof SessionResponse>;
