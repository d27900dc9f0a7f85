#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 for the test suite. Uses the one that
# is already there when it answers; otherwise installs Debian's and starts it, with the password
# "postgres" for the postgres role so that TEST_POSTGRES_URL's default works.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
say() { printf '\033[1;34m[postgres]\033[0m %s\n' "$*"; }
answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if answers; then say "using the server on 127.0.0.1:5432"; exit 0; fi

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  say "installing Debian's PostgreSQL"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
say "starting PostgreSQL ${version}"
$SUDO pg_ctlcluster --skip-systemctl-redirect "${version}" main start || true
for _ in $(seq 1 60); do answers && break; sleep 0.5; done
answers || { echo "PostgreSQL did not start" >&2; exit 1; }
$SUDO -u postgres psql -q -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null 2>&1 \
  || su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
say "PostgreSQL ${version} is up on 127.0.0.1:5432"
