#!/usr/bin/env bash
# Signs a registration form the way a legal representative's smart card would (SPEC CD-2), with a
# certificate from the development CA of dev-ca.sh, so that the upload can be tried without a real
# qualified signature. The portal accepts the result only where it trusts that CA: the embedded
# default, never production.
#
# Usage: dev-sign.sh <ca-dir> <form.pdf> <CODICE_FISCALE> "<Nome Cognome>"
#   Creates the CA in <ca-dir> if absent; issues a certificate for the codice fiscale (kept in
#   <ca-dir>/signers/<CF>/ and reused on later runs); writes <form.pdf>.p7m, an enveloping CAdES
#   signature (the PDF inside), and prints its path on stdout.
#
# The name is split at the first space: given name, then surname ("Maria D'Amico", "Anna De Luca").
# Only the codice fiscale matters to the portal; the name is for people reading the certificate.
set -euo pipefail

readonly VALIDITY_DAYS=730
user_umask=$(umask)
here=$(cd "$(dirname "$0")" && pwd)

die() {
  echo "dev-sign.sh: $*" >&2
  exit 1
}

usage() {
  cat >&2 <<TXT
Usage: $(basename "$0") <ca-dir> <form.pdf> <CODICE_FISCALE> "<Nome Cognome>"
  e.g. $(basename "$0") config/target/run/dev-ca ~/Downloads/modulo.pdf RSSMRA85T10A562S "Mario Rossi"
Writes <form.pdf>.p7m (CAdES, signed with a DEVELOPMENT certificate) and prints its path.
TXT
  exit 2
}

# The check character of a personal codice fiscale (DM 23/12/1976), as the portal computes it in
# CodiceFiscale.java: a mistyped code would otherwise only show up as "signed by someone else".
check_character() {
  local code=$1 letters=ABCDEFGHIJKLMNOPQRSTUVWXYZ sum=0 i c value prefix
  # Worth of characters in odd positions (1st, 3rd, ...), indexed by 0-9 or A-Z; in even
  # positions a character is worth its own index.
  local -a odd=(1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23)
  for ((i = 0; i < 15; i++)); do
    c=${code:i:1}
    if [[ $c == [0-9] ]]; then
      value=$c
    else
      prefix=${letters%%"$c"*}
      value=${#prefix}
    fi
    if ((i % 2 == 0)); then
      sum=$((sum + odd[value]))
    else
      sum=$((sum + value))
    fi
  done
  printf '%s' "${letters:sum % 26:1}"
}

# openssl -subj separates attributes with '/' and multi-valued RDNs with '+', and a backslash
# escapes the next character; anything else (apostrophes, spaces, accents) is taken literally.
subj_escape() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\//\\/}
  s=${s//+/\\+}
  printf '%s' "$s"
}

# Runs openssl with its chatter (key generation dots, "signature ok") kept out of sight, and shows
# it only when the command fails.
quietly() {
  if ! openssl "$@" 2>"$tmp/openssl.log"; then
    cat "$tmp/openssl.log" >&2
    die "openssl $1 failed"
  fi
}

[[ $# -eq 4 ]] || usage
ca_arg=$1 pdf=$2 cf=$3 name=$4

command -v openssl >/dev/null 2>&1 || die "openssl not found on the PATH (Debian: apt-get install openssl)"

# --- arguments -------------------------------------------------------------------------------
[[ -n $pdf ]] || die "the PDF to sign is missing"
[[ -e $pdf ]] || die "no such file: $pdf"
[[ -f $pdf ]] || die "not a regular file: $pdf"
[[ -r $pdf ]] || die "cannot read $pdf"
if [[ $(head -c 5 -- "$pdf") != "%PDF-" ]]; then
  # Not fatal: signing any file is legitimate, but the portal will refuse anything but its form.
  echo "dev-sign.sh: warning: $pdf does not look like a PDF; signing it anyway" >&2
fi

upper=$(printf '%s' "$cf" | tr '[:lower:]' '[:upper:]')
[[ $cf == "$upper" ]] || die "the codice fiscale must be in upper case (did you mean $upper?)"
[[ ${#cf} -eq 16 ]] || die "a personal codice fiscale has 16 characters, '$cf' has ${#cf}"
# Surname, name, year, month, day, birthplace, check character; where a digit is expected,
# omocodia may put one of L M N P Q R S T U V instead (as CodiceFiscale.java accepts).
layout='^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$'
[[ $cf =~ $layout ]] || die "'$cf' is not laid out like a personal codice fiscale (e.g. RSSMRA85T10A562S)"
expected=$(check_character "$cf")
[[ ${cf:15:1} == "$expected" ]] ||
  die "wrong check character in '$cf': the 16th character should be $expected (typo?)"

[[ $name != *[[:cntrl:]]* ]] || die "the name contains control characters (a line break?)"
# Splitting on whitespace also trims and collapses spaces, so the CN reads "Nome Cognome".
read -r -a words <<<"$name"
((${#words[@]} >= 2)) || die "give name and surname in one argument, quoted: \"Mario Rossi\""
given=${words[0]}
surname=${words[*]:1}
full="$given $surname"

[[ -n $ca_arg ]] || die "the CA directory is missing"

# --- CA ----------------------------------------------------------------------------------------
# Created on first use so that one command is enough for a newcomer; dev-ca.sh says so on stderr.
# Run with bash, not directly: a checkout may have lost the executable bit.
ca_pem=$(bash "$here/dev-ca.sh" "$ca_arg")
ca_dir=$(dirname -- "$ca_pem")
ca_key=$ca_dir/ca.key

# --- signer's certificate ----------------------------------------------------------------------
# Attribute order as in Italian qualified certificates, most significant last in -subj:
# serialNumber=TINIT-<CF>, GN, SN, CN, C=IT when printed (RFC 4514 reverses the order).
subject="/C=IT/CN=$(subj_escape "$full")/SN=$(subj_escape "$surname")/GN=$(subj_escape "$given")/serialNumber=TINIT-$cf"

# Keys are private even in development: everything below <ca-dir> is for its owner only.
umask 077
signer_dir=$ca_dir/signers/$cf
mkdir -p -- "$signer_dir"
tmp=$(mktemp -d "$signer_dir/.dev-sign.XXXXXX")
partial=""
trap 'rm -rf -- "$tmp"; [[ -z $partial ]] || rm -f -- "$partial"' EXIT

# Reuse the certificate while it is for the same name, was issued by this CA and stays valid for at
# least a day: the same person then always signs with the same certificate, as with a smart card.
reusable() {
  [[ -f $signer_dir/key.pem && -f $signer_dir/cert.pem && -f $signer_dir/subject ]] &&
    [[ $(<"$signer_dir/subject") == "$subject" ]] &&
    openssl verify -CAfile "$ca_dir/ca.pem" "$signer_dir/cert.pem" >/dev/null 2>&1 &&
    openssl x509 -checkend 86400 -noout -in "$signer_dir/cert.pem" >/dev/null 2>&1
}

if ! reusable; then
  cat >"$tmp/req.cnf" <<'CNF'
[req]
distinguished_name = dn
string_mask = utf8only
utf8 = yes

[dn]
CNF
  # What a qualified signature certificate allows: signing, with non-repudiation (critical, as
  # ETSI EN 319 412-2 requires); not a CA.
  cat >"$tmp/ext.cnf" <<'CNF'
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
  # RSA 2048 like the keys on Italian signature smart cards; -utf8 so that "Niccolò" is read as
  # UTF-8 and stored as a UTF8String, not as Latin-1 bytes.
  quietly req -new -newkey rsa:2048 -nodes -sha256 -config "$tmp/req.cnf" -utf8 \
    -subj "$subject" -keyout "$tmp/key.pem" -out "$tmp/req.csr"
  # A random serial: certificates reissued for the same person must not share one.
  serial=$(openssl rand -hex 16)
  quietly x509 -req -in "$tmp/req.csr" -CA "$ca_dir/ca.pem" -CAkey "$ca_key" \
    -set_serial "0x$serial" -days "$VALIDITY_DAYS" -sha256 \
    -extfile "$tmp/ext.cnf" -out "$tmp/cert.pem"
  printf '%s\n' "$subject" >"$tmp/subject"
  mv -- "$tmp/key.pem" "$signer_dir/key.pem"
  mv -- "$tmp/subject" "$signer_dir/subject"
  mv -- "$tmp/cert.pem" "$signer_dir/cert.pem"
  echo "dev-sign.sh: issued a development certificate for $full (TINIT-$cf), valid $VALIDITY_DAYS days" >&2
fi

# --- signature ---------------------------------------------------------------------------------
# -cades adds the signingCertificateV2 attribute (CAdES-BES, as Italian signing tools produce);
# OpenSSL 3.0 has it, 1.1.1 does not. Read the help into a variable first: piping it into grep -q
# could kill openssl with SIGPIPE, which pipefail would report as "absent".
cms_help=$(openssl cms -help 2>&1 || true)
cades=()
if [[ $cms_help == *-cades* ]]; then
  cades=(-cades)
else
  echo "dev-sign.sh: note: this openssl has no 'cms -cades'; writing a plain CMS signature" >&2
fi

out=$pdf.p7m
# Written beside the target and renamed, so that a failed run leaves no truncated .p7m behind;
# the file gets the user's usual permissions (it is not a secret), hence the umask restored.
umask "$user_umask"
partial=$out.partial.$$
quietly cms -sign -binary -nodetach -outform DER -md sha256 -in "$pdf" \
  -signer "$signer_dir/cert.pem" -inkey "$signer_dir/key.pem" -out "$partial" \
  ${cades[@]+"${cades[@]}"}
mv -f -- "$partial" "$out"
partial=""
echo "$out"
