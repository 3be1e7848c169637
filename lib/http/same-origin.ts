import 'server-only';
import { AppError } from '@/lib/errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for state-changing requests: browsers always send Origin on a cross-site
 * POST/DELETE, so one that does not name this very host is refused. SameSite=Lax on the
 * cookie is the second layer.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host) throw new AppError('FORBIDDEN', 'This request must come from the Letterbox page itself.');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('FORBIDDEN', 'This request must come from the Letterbox page itself.');
  }
  if (originHost !== host) throw new AppError('FORBIDDEN', 'This request must come from the Letterbox page itself.');
}
