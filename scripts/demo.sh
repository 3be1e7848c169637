#!/usr/bin/env bash
# The main job: a local Dovecot with demo mail, and Letterbox on http://localhost:3000 (PORT overrides it).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system.sh
# Ports come from the harness the tests and the bench use (scripts/harness/).
harness() { npx tsx scripts/harness/cli.ts "$@"; }
port=${PORT:-$(harness port demo)}
imap_port=${IMAP_PORT:-$(harness port imap)}
fts_port=${IMAP_FTS_PORT:-$(harness port imapFts)}
mail_domain=$(harness mail-domain)
submission_port=${SMTP_SUBMISSION_PORT:-$(harness port smtpSubmission)}
# Ctrl-C stops Letterbox, then the Postfix and Dovecot this demo started, newest first (servers
# that were already running stay up).
started=$(mktemp)
stop_started() {
  tac "$started" | while read -r server; do
    case $server in
      postfix) npm run --silent smtp:stop ;;
      *) npm run --silent imap:stop -- "--$server" ;;
    esac
  done
  rm -f "$started"
}
trap stop_started EXIT
# The full instance, and the same mail behind a full-text index (fts-xapian) on its own port.
npm run --silent imap:start -- --full --fts --started-file "$started"
# Postfix needs root (its queue belongs to the postfix user): rootless, the demo runs without it.
smtp_line="  No local SMTP server (Postfix needs root)."
if [ "$(id -u)" -eq 0 ]; then
  npm run --silent smtp:start -- --started-file "$started"
  smtp_line="  Send mail through 127.0.0.1:${submission_port} (SMTP AUTH demo / demo) to USER@${mail_domain}"
fi

# The demo's session secret is generated once and kept (git-ignored) so sign-ins survive restarts.
secret_file=.letterbox/session-secret
[ -s "$secret_file" ] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$secret_file")

# --full-text: on the fts port the first body search answers from the index at once (~3 s more for 500 messages).
npx tsx scripts/seed/cli.ts --user demo --password demo --count 500 --full-text
# A second user to write to: mail between demo@ and demo2@ goes through the local Postfix.
npx tsx scripts/seed/cli.ts --user demo2 --password demo2 --count 20 --full-text
# A team folder: demo's "Team Stuff", shared with demo2 (Contribute), under "Shared with me" for demo2.
npx tsx scripts/seed/share-folder.ts --owner demo --password demo --folder "Team Stuff" --with demo2 --rights lrswite
npx next build

cat <<MSG

  Letterbox is starting on http://127.0.0.1:${port}
  Sign in as   user: demo   password: demo   (and demo2 / demo2, to write to)
  Shared:      demo's "Team Stuff" is shared with demo2 (sign in as both to see teamwork)
  Fast body search: the same mail with a full-text index on IMAP port ${fts_port} (sign-in, Advanced);
  its matching differs from plain IMAP search (README, "Full-text search").
${smtp_line}
  Ctrl-C stops Letterbox and the local Dovecot (127.0.0.1:${imap_port}) and Postfix it started.

MSG
export NODE_ENV=production NEXT_MANUAL_SIG_HANDLE=true
# Mail is sent through the local Postfix, From user@letterbox.test (the domain it delivers for).
export SMTP_HOST=127.0.0.1 SMTP_PORT="${submission_port}" SMTP_TLS=false IDENTITY_DOMAIN="${mail_domain}"
export SESSION_SECRET="$(cat "$secret_file")"
# The local Dovecot tells Letterbox of each change as it commits (scripts/imap/letterbox-push.lua).
export LIVE_PUSH_URL="http://127.0.0.1:${port}"
# In the background, so this shell outlives it and stops Dovecot afterwards. Ctrl-C reaches
# Letterbox itself (it logs out of IMAP, then exits); a SIGTERM to this shell is handed on.
node_modules/.bin/next start -p "${port}" -H 127.0.0.1 &
app=$!
trap ':' INT
trap 'kill -TERM "$app" 2>/dev/null || true' TERM
wait "$app" || true
wait "$app" || true
