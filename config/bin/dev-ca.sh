#!/usr/bin/env bash
# Creates a development certificate authority for the embedded default (never for production):
# the portal verifies signed registration forms (SPEC CD-2) against configured trust anchors, and
# without a smart card a developer needs some CA of their own to sign with (see dev-sign.sh).
#
# Usage: dev-ca.sh <dir>
#   Writes <dir>/ca.key and <dir>/ca.pem (RSA 3072, 10 years) unless they already exist, and prints
#   the absolute path of ca.pem on stdout. A second run changes nothing and prints only the path,
#   so that certificates issued earlier stay valid and a trust store made from ca.pem stays right.
set -euo pipefail

readonly SUBJECT='/C=IT/O=CCSE (sviluppo)/CN=Anagrafica Operatori DEV CA - NOT FOR PRODUCTION'
readonly VALIDITY_DAYS=3650

die() {
  echo "dev-ca.sh: $*" >&2
  exit 1
}

if [[ $# -ne 1 || -z $1 ]]; then
  echo "Usage: $(basename "$0") <dir>   (creates <dir>/ca.key and <dir>/ca.pem if absent)" >&2
  exit 2
fi
command -v openssl >/dev/null 2>&1 || die "openssl not found on the PATH (Debian: apt-get install openssl)"

# The directory holds a private key: whatever this script creates is readable by its owner only.
umask 077
mkdir -p -- "$1" || die "cannot create directory $1"
dir=$(cd -- "$1" && pwd)
key=$dir/ca.key
cert=$dir/ca.pem

if [[ -f $key && -f $cert ]]; then
  echo "$cert"
  exit 0
fi
# Half a CA is somebody's mistake or someone else's file: overwriting either would silently break
# every certificate issued with it, so stop and let a person decide.
if [[ -e $key || -e $cert ]]; then
  die "$dir holds only one of ca.key and ca.pem; remove it (or choose another directory) and run again"
fi

# Work in a temporary directory inside <dir> so that the final mv is a rename on one file system:
# an interrupted run leaves no half-written ca.key/ca.pem for the check above to trip over.
tmp=$(mktemp -d "$dir/.dev-ca.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

# A config file of our own, not the system's openssl.cnf: the extensions and string types must not
# depend on how the machine's OpenSSL happens to be configured.
cat >"$tmp/req.cnf" <<'CNF'
[req]
distinguished_name = dn
string_mask = utf8only
utf8 = yes
x509_extensions = dev_ca

[dn]

[dev_ca]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF

# openssl reports progress (key generation dots) on stderr: keep it out of sight unless it fails.
if ! openssl req -x509 -new -newkey rsa:3072 -nodes -sha256 -days "$VALIDITY_DAYS" \
  -config "$tmp/req.cnf" -utf8 -subj "$SUBJECT" \
  -keyout "$tmp/ca.key" -out "$tmp/ca.pem" 2>"$tmp/openssl.log"; then
  cat "$tmp/openssl.log" >&2
  die "openssl could not create the CA"
fi

# A certificate is public: let other local users (e.g. a server account) read it into a trust store.
chmod 644 "$tmp/ca.pem"
# The key first: ca.pem is what callers look for, so it appears only once the pair is complete.
mv -- "$tmp/ca.key" "$key"
mv -- "$tmp/ca.pem" "$cert"
echo "dev-ca.sh: created a development CA (NOT FOR PRODUCTION) in $dir" >&2
echo "$cert"
