#!/usr/bin/env bash
# Brings src/*/PublicAPI.Unshipped.txt in line with the code: adds every symbol that RS0016 reports as
# undeclared and drops every line that RS0017 reports as no longer public. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
for proj in src/*/*.csproj; do
  dir=$(dirname "$proj")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  for _ in 1 2 3; do
    log=$(dotnet build "$proj" -c Release -p:TreatWarningsAsErrors=false --no-incremental 2>&1 || true)
    add=$(printf '%s\n' "$log" | grep -oE "RS0016: Symbol '.*' is not part of the declared public API" \
      | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
    del=$(printf '%s\n' "$log" | grep -oE "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" \
      | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API.*$/\1/" | sort -u || true)
    [ -z "$add" ] && [ -z "$del" ] && break
    tmp=$(mktemp)
    { grep -v '^#nullable enable$' "$dir/PublicAPI.Unshipped.txt" || true; printf '%s\n' "$add"; } \
      | grep -v '^$' | sort -u > "$tmp.body"
    if [ -n "$del" ]; then
      grep -vxF -f <(printf '%s\n' "$del") "$tmp.body" > "$tmp.kept" || true
      mv "$tmp.kept" "$tmp.body"
    fi
    { echo '#nullable enable'; cat "$tmp.body"; } > "$dir/PublicAPI.Unshipped.txt"
    rm -f "$tmp" "$tmp.body"
  done
done
