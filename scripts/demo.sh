#!/usr/bin/env bash
# The main job: a local Dovecot with demo mail, and Letterbox on http://localhost:3000 (PORT overrides it).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system.sh
# Ports come from the harness the tests and the bench use (scripts/harness/).
harness() { npx tsx scripts/harness/cli.ts "$@"; }
port=${PORT:-$(harness port demo)}
imap_port=${IMAP_PORT:-$(harness port imap)}
# Ctrl-C stops Letterbox, then the Dovecot this demo started (one that was already running stays up).
started=$(mktemp)
stop_started() {
  while read -r kind; do npm run --silent imap:stop -- "--$kind"; done < "$started"
  rm -f "$started"
}
trap stop_started EXIT
npm run --silent imap:start -- --started-file "$started"

# The demo's session secret is generated once and kept (git-ignored) so sign-ins survive restarts.
secret_file=.letterbox/session-secret
[ -s "$secret_file" ] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$secret_file")

npx tsx scripts/seed/cli.ts --user demo --password demo --count 500
npx next build

cat <<MSG

  Letterbox is starting on http://127.0.0.1:${port}
  Sign in as   user: demo   password: demo
  Ctrl-C stops Letterbox and the local Dovecot (127.0.0.1:${imap_port}) it started.

MSG
export NODE_ENV=production NEXT_MANUAL_SIG_HANDLE=true
export SESSION_SECRET="$(cat "$secret_file")"
# In the background, so this shell outlives it and stops Dovecot afterwards. Ctrl-C reaches
# Letterbox itself (it logs out of IMAP, then exits); a SIGTERM to this shell is handed on.
node_modules/.bin/next start -p "${port}" -H 127.0.0.1 &
app=$!
trap ':' INT
trap 'kill -TERM "$app" 2>/dev/null || true' TERM
wait "$app" || true
wait "$app" || true
