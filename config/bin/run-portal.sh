#!/usr/bin/env bash
# Runs the portal with embedded defaults (H2 file database inside the domain, GreenMail as mail catcher).
# Called by `./mvnw -Prun package` with RUN_DIR (Payara unpacked there, the EAR and GreenMail copied there),
# HTTP_PORT and ADMIN_PORT. A second run reuses the domain and only redeploys.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
asadmin="$RUN_DIR/payara6/bin/asadmin"
domain=domain1
smtp_port=${SMTP_PORT:-3025}
mail_api_port=${MAIL_API_PORT:-8025}
base="http://localhost:$HTTP_PORT/anagrafica"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if port_open "$smtp_port"; then
  echo "Mail catcher already listening on $smtp_port"
else
  echo "Starting GreenMail (SMTP $smtp_port, API $mail_api_port)"
  nohup java -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.smtp.hostname=127.0.0.1 \
    -Dgreenmail.imap.port=3143 -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.port="$mail_api_port" -Dgreenmail.api.hostname=127.0.0.1 \
    -jar "$RUN_DIR/greenmail-standalone.jar" > "$RUN_DIR/greenmail.log" 2>&1 &
  echo $! > "$RUN_DIR/greenmail.pid"
fi

wait_for_portal() {
  for _ in $(seq 1 "$1"); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/") == 200 ]] && return 0
    sleep 1
  done
  return 1
}

if port_open "$ADMIN_PORT"; then
  echo "Payara domain already running"
else
  "$asadmin" start-domain "$domain"
  # The previous deployment loads in the background after start-domain returns; redeploying
  # while it loads makes both fail, so let it finish first.
  if "$asadmin" --port "$ADMIN_PORT" list-applications | grep -q '^anagrafica'; then
    echo "Waiting for the previous deployment to finish loading ..."
    wait_for_portal 120 || true
  fi
fi

# The dev CA that signs demo registration forms (config/README.md, "Dev CA").
DEV_CA_PEM=$(bash "$here/bin/dev-ca.sh" "$RUN_DIR/dev-ca")
export DEV_CA_PEM

if [[ ! -f "$RUN_DIR/.provisioned" ]]; then
  bash "$here/bin/provision.sh" "$asadmin" "$ADMIN_PORT" \
    "$here/asadmin/server.asadmin" "$here/asadmin/single-node.asadmin" \
    "$here/asadmin/dev-seed.asadmin.template"
  "$asadmin" restart-domain "$domain"
  touch "$RUN_DIR/.provisioned"
fi

"$asadmin" --port "$ADMIN_PORT" deploy --force=true --name anagrafica "$RUN_DIR/anagrafica.ear"

echo "Waiting for $base/ ..."
if wait_for_portal 120; then
  cat <<TXT

Anagrafica Operatori is running.
  Portal:          $base/
  Posta inviata:   $base/backoffice/posta-inviata.xhtml   (log in as backoffice / Validatore#2026)
  Health:          http://localhost:$HTTP_PORT/health/ready
  Mail catcher:    SMTP localhost:$smtp_port, REST API http://localhost:$mail_api_port/
  Admin console:   http://localhost:$ADMIN_PORT/
  Server log:      $RUN_DIR/payara6/glassfish/domains/$domain/logs/server.log
Stop with: ./mvnw -Pstop -N
TXT
  exit 0
fi
echo "The portal did not answer within 120 s; see the server log." >&2
exit 1
