#!/usr/bin/env bash
# Runs the portal with embedded defaults (H2 file database inside the domain, GreenMail as mail catcher).
# Called by `./mvnw -Prun package` with RUN_DIR (Payara unpacked there, the EAR and GreenMail copied there),
# HTTP_PORT and ADMIN_PORT. A second run reuses the domain and only redeploys.
# The admin listener and JMX answer on this machine only, and the user admin has a password generated at
# the first run, kept in $RUN_DIR/admin-password (an asadmin --passwordfile, mode 0600) and printed below.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
asadmin="$RUN_DIR/payara6/bin/asadmin"
domain=domain1
domain_dir="$RUN_DIR/payara6/glassfish/domains/$domain"
password_file="$RUN_DIR/admin-password"
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

# Remote asadmin commands authenticate once the domain has its password (start, stop and restart are
# local commands and need none).
admin=(--port "$ADMIN_PORT")
[[ -f $password_file ]] && admin+=(--user admin --passwordfile "$password_file")

if port_open "$ADMIN_PORT"; then
  echo "Payara domain already running"
else
  "$asadmin" start-domain "$domain"
  # The previous deployment loads in the background after start-domain returns; redeploying
  # while it loads makes both fail, so let it finish first.
  if "$asadmin" "${admin[@]}" list-applications | grep -q '^anagrafica'; then
    echo "Waiting for the previous deployment to finish loading ..."
    wait_for_portal 120 || true
  fi
fi

# The dev CA that signs demo registration forms (config/README.md, "Dev CA").
DEV_CA_PEM=$(bash "$here/bin/dev-ca.sh" "$RUN_DIR/dev-ca")
export DEV_CA_PEM

restart=false
if [[ ! -f "$RUN_DIR/.provisioned" ]]; then
  bash "$here/bin/provision.sh" "$asadmin" "$ADMIN_PORT" \
    "$here/asadmin/server.asadmin" "$here/asadmin/single-node.asadmin" \
    "$here/asadmin/dev-seed.asadmin.template"
  touch "$RUN_DIR/.provisioned"
  restart=true
fi

# Also on a domain provisioned before the admin listener was locked down (issue 15 finding 8).
if [[ ! -f $password_file ]]; then
  bash "$here/bin/provision.sh" "$asadmin" "$ADMIN_PORT" "$here/asadmin/loopback-admin.asadmin"
  password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
  change=$(mktemp)
  trap 'rm -f "$change"' EXIT
  chmod 600 "$change"
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$password" > "$change"
  "$asadmin" --port "$ADMIN_PORT" --user admin --passwordfile "$change" --interactive=false \
    change-admin-password || {
    echo "Could not set the admin password: the domain already has one, but $password_file is" \
      "gone. Stop the portal and delete $RUN_DIR to start afresh." >&2
    exit 1
  }
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$password_file")
  admin+=(--user admin --passwordfile "$password_file")
  restart=true
fi

if $restart; then
  "$asadmin" restart-domain "$domain"
fi

# Payara's welcome page at the server root names the server; send visitors to the portal instead.
cp "$here/docroot/index.html" "$domain_dir/docroot/index.html"

"$asadmin" "${admin[@]}" deploy --force=true --name anagrafica "$RUN_DIR/anagrafica.ear"

echo "Waiting for $base/ ..."
if wait_for_portal 120; then
  cat <<TXT

Anagrafica Operatori is running.
  Portal:          $base/
  Posta inviata:   $base/backoffice/posta-inviata.xhtml   (log in as backoffice / Validatore#2026)
  Health:          http://localhost:$HTTP_PORT/health/ready
  Mail catcher:    SMTP localhost:$smtp_port, REST API http://localhost:$mail_api_port/
  Admin console:   http://localhost:$ADMIN_PORT/   (this machine only; user admin, password
                   $(cut -d= -f2- "$password_file"), kept in $password_file)
  Server log:      $RUN_DIR/payara6/glassfish/domains/$domain/logs/server.log
Stop with: ./mvnw -Pstop -N
TXT
  exit 0
fi
echo "The portal did not answer within 120 s; see the server log." >&2
exit 1
