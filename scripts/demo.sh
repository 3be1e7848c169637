#!/usr/bin/env bash
# The main job: a local Dovecot with demo mail, and Letterbox on http://localhost:3000 (PORT overrides it).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system.sh
# Ports and the Dovecot start come from the harness the tests and the bench use (scripts/harness/).
harness() { npx tsx scripts/harness/cli.ts "$@"; }
port=${PORT:-$(harness port demo)}
imap_port=${IMAP_PORT:-$(harness port imap)}
harness dovecot --full

# The demo's session secret is generated once and kept (git-ignored) so sign-ins survive restarts.
secret_file=.letterbox/session-secret
[ -s "$secret_file" ] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$secret_file")

npx tsx scripts/seed/cli.ts --user demo --password demo --count 500
npx next build

cat <<MSG

  Letterbox is starting on http://127.0.0.1:${port}
  Sign in as   user: demo   password: demo
  (local Dovecot on 127.0.0.1:${imap_port}; stop it with: npm run imap:stop)

MSG
export NODE_ENV=production NEXT_MANUAL_SIG_HANDLE=true
export SESSION_SECRET="$(cat "$secret_file")"
exec npx next start -p "${port}" -H 127.0.0.1
