#!/usr/bin/env bash
# Applies asadmin command files to a running domain.
# Usage: provision.sh <asadmin> <admin-port> <file>...   (*.template files are rendered with envsubst first)
set -euo pipefail
asadmin=$1 port=$2
shift 2
for file in "$@"; do
  if [[ $file == *.template ]]; then
    rendered=$(mktemp)
    envsubst < "$file" > "$rendered"
    file=$rendered
  fi
  echo "== applying $file"
  "$asadmin" --port "$port" multimode --file "$file"
done
