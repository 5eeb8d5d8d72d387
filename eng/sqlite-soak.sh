#!/usr/bin/env bash
# Soak test of the SQLite store's crash safety: runs the SIGKILL crash test with many kills (1,000 by default).
#   eng/sqlite-soak.sh [kills] [seed]
# Each kill starts a child process doing random operations on one store file, kills it with SIGKILL at a random
# moment, reopens the store and checks every acknowledged operation, batch atomicity, the chain and conservation.
set -euo pipefail
cd "$(dirname "$0")/.."
export CRASH_KILLS="${1:-1000}"
[ -n "${2:-}" ] && export CRASH_SEED="$2"
dotnet build tests/CarbonLedger.Sqlite.Tests -c Release
dotnet test tests/CarbonLedger.Sqlite.Tests -c Release --no-build \
  --filter "FullyQualifiedName~CrashTest" --logger "console;verbosity=detailed"
