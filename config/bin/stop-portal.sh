#!/usr/bin/env bash
# Stops what `./mvnw -Prun package` started: the Payara domain and the GreenMail mail catcher.
set -uo pipefail
run_dir=$(cd "$(dirname "$0")/.." && pwd)/target/run
if [[ -x "$run_dir/payara6/bin/asadmin" ]]; then
  "$run_dir/payara6/bin/asadmin" stop-domain domain1
fi
if [[ -f "$run_dir/greenmail.pid" ]]; then
  # GreenMail standalone ignores SIGTERM.
  kill -9 "$(cat "$run_dir/greenmail.pid")" 2>/dev/null
  rm -f "$run_dir/greenmail.pid"
fi
echo "Stopped."
