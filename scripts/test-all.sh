#!/usr/bin/env bash
# `npm test`: every check and test tier, against a real Dovecot and Debian's Chromium.
# Ends with "N passed, N failed" summed over every suite (scripts/test-summary.ts).
set -uo pipefail
cd "$(dirname "$0")/.."

results=test-results
rm -rf "$results" && mkdir -p "$results/checks"

bash scripts/install-system.sh --test || exit 1
# At the end (or on Ctrl-C) stop only the Postfix and Dovecots this run started, newest first:
# servers a developer had running stay up.
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
npm run --silent imap:start -- --all --started-file "$started" || exit 1
# Postfix needs root (its queue belongs to the postfix user): rootless, the SMTP tests skip.
if [ "$(id -u)" -eq 0 ]; then
  npm run --silent smtp:start -- --started-file "$started" || exit 1
fi

check() {
  local name=$1
  shift
  echo "── $name ($(date +%T))"
  if "$@"; then echo pass > "$results/checks/$name"; else echo fail > "$results/checks/$name"; fi
}

# CI has 2 cores and 20 minutes: work that needs nothing of each other runs side by side, each
# writing its own log, shown when the stage ends. Lint, format and the production build run
# beside the unit tests (which need none of them); the typecheck and the benchmark's smoke run
# (its own app port and accounts, no target judged) beside the integration suite, whose timed
# bounds are 5x or more what they measure on this machine. The end-to-end suite runs alone: it
# is the one that measures what a person sees.
beside() {
  local name=$1
  shift
  (check "$name" "$@") > "$results/$name.log" 2>&1 &
}
shown() {
  wait
  for name in "$@"; do cat "$results/$name.log"; done
}

beside build npx next build
beside lint npm run --silent lint
beside format npm run --silent format:check
echo "── unit ($(date +%T))"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
shown lint format build

# The typecheck after the build, never beside it: tsconfig includes .next/types, which the build writes.
beside typecheck npm run --silent typecheck
# The benchmark harness on a small mailbox (no targets judged), reusing the build above, so it cannot rot.
beside bench-smoke npm run --silent bench -- --smoke
echo "── integration ($(date +%T))"
LETTERBOX_SKIP_BUILD=1 npx vitest run --project integration --reporter=default --reporter=json \
  --outputFile.json="$results/integration.json"
shown typecheck bench-smoke
echo "── e2e ($(date +%T))"
npx playwright test

echo "── summary ($(date +%T))"
npx tsx scripts/test-summary.ts "$results"
