#!/usr/bin/env bash
# Checks every exported iJw message with Debian's own tools, independent of our validator:
# xmllint against the official XSD of its type, xsltproc with the official rules stylesheet
# (a report with any <Fout> fails), from the unchanged copy of the spec in packages/ijw/spec.
# Usage: scripts/check-ijw-export.sh <dir> [<spec dir>]
set -euo pipefail
dir="${1:?usage: check-ijw-export.sh <dir> [<ijw-3.2 spec dir>]}"
spec="${2:-$(dirname "$0")/../packages/ijw/spec}"
rules="$spec/regels/TR-CD-CS-regels-JW-3.2.xsl"
command -v xmllint >/dev/null && command -v xsltproc >/dev/null || {
  echo "xmllint and xsltproc are needed: apt-get install -y libxml2-utils xsltproc" >&2
  exit 2
}
checked=0
failed=0
declare -A types=()
for file in "$dir"/*.xml; do
  [ -e "$file" ] || { echo "no messages in $dir" >&2; exit 1; }
  type="$(basename "$file" | sed -E 's/^[0-9]{4}-[0-9]+-(JW[0-9]{3})-.*/\1/')"
  types[$type]=1
  if ! xmllint --noout --schema "$spec/xsd/$type.xsd" "$file" 2>/tmp/check-ijw-xmllint.$$; then
    echo "XSD  $(basename "$file"):"; sed 's/^/     /' /tmp/check-ijw-xmllint.$$; failed=$((failed + 1))
  elif xsltproc "$rules" "$file" | grep -q '<[A-Za-z0-9]*:\?Fout>'; then
    echo "RULES $(basename "$file"):"; xsltproc "$rules" "$file" | grep -A3 'Fout>' | sed 's/^/     /'
    failed=$((failed + 1))
  fi
  checked=$((checked + 1))
done
rm -f /tmp/check-ijw-xmllint.$$
echo "$checked messages checked ($(printf '%s ' "${!types[@]}" | tr ' ' '\n' | sort | tr '\n' ' ')), $failed with errors"
[ "$failed" -eq 0 ]
