import { checkHealth } from '@/lib/health/check-health';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Readiness probe for load balancers and the test harness. */
export const GET = route({ auth: false }, () => checkHealth());
