#!/usr/bin/env bash
# Creates the integration-test domain and prepares it ONLY with the files in config/ (as an IT department
# would on its own domain), then stops it: Arquillian starts it again around the tests.
set -euo pipefail
asadmin="$PAYARA_HOME/bin/asadmin"
marker="$PAYARA_HOME/glassfish/domains/$DOMAIN/.provisioned"
[[ -f $marker ]] && { echo "Domain $DOMAIN already prepared"; exit 0; }
"$asadmin" delete-domain "$DOMAIN" >/dev/null 2>&1 || true
"$asadmin" create-domain --portbase "$PORTBASE" --nopassword "$DOMAIN"
"$asadmin" start-domain "$DOMAIN"
trap '"$asadmin" stop-domain "$DOMAIN"' EXIT
DEV_CA_PEM=$(bash "$CONFIG_DIR/bin/dev-ca.sh" "$DEV_CA_DIR")
export DEV_CA_PEM
bash "$CONFIG_DIR/bin/provision.sh" "$asadmin" "$ADMIN_PORT" \
  "$CONFIG_DIR/asadmin/server.asadmin" "$CONFIG_DIR/asadmin/single-node.asadmin" \
  "$CONFIG_DIR/asadmin/dev-seed.asadmin.template" \
  "$CONFIG_DIR/asadmin/postgresql.asadmin.template" "$CONFIG_DIR/asadmin/mail.asadmin.template"
cp "$CONFIG_DIR/docroot/index.html" "$PAYARA_HOME/glassfish/domains/$DOMAIN/docroot/index.html"
touch "$marker"
