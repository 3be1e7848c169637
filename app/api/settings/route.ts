import { route } from '@/lib/http/route';
import { SettingsPatch } from '@/lib/schemas/settings';
import { readSettings, updateSettings } from '@/lib/settings/user-settings';

export const dynamic = 'force-dynamic';

/** The reader's settings and where they are stored (`SettingsResponse`). */
export const GET = route({ auth: true }, ({ account }) => readSettings(account));

/** Changes some settings; answers all of them. UNSUPPORTED when the server cannot store them. */
export const PATCH = route({ auth: true, body: SettingsPatch }, ({ account, body }) => updateSettings(account, body));
