#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks, and nothing else. Idempotent.
#   scripts/install-system.sh          Dovecot (with fts-xapian) and Postfix (for the demo)
#   scripts/install-system.sh --test   the same, Chromium and CJK fonts (for the test suite)
set -euo pipefail

# dovecot-lmtpd is how Postfix hands local mail to Dovecot (scripts/smtp/); dovecot-fts-xapian is the
# body-search index of the fts Dovecot (scripts/imap/fts-config.ts).
packages=(dovecot-imapd dovecot-lmtpd dovecot-fts-xapian postfix)
[ "${1:-}" = "--test" ] && packages+=(chromium fonts-noto-cjk fonts-noto-color-emoji)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "Letterbox needs these packages: ${missing[*]}" >&2
    echo "On Debian/Ubuntu run: sudo apt-get install ${missing[*]}" >&2
    echo "(Dovecot 2.3 and Chromium from your distribution work too.)" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} from Debian…"
  export DEBIAN_FRONTEND=noninteractive
  # Postfix's package would otherwise configure /etc/postfix as a system mail server (and, on a
  # machine that starts services, run it): "No configuration" leaves /etc/postfix without a
  # main.cf, and scripts/smtp/ runs its own instance with its own config directory.
  echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dovecot refuses to access mail as root: as root, mail belongs to a system user of its own.
if [ "$(id -u)" -eq 0 ] && ! id letterbox >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin letterbox
fi
