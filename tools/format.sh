#!/usr/bin/env bash
# Formats every module's Java sources the way `mvn verify` checks them (spotless-maven-plugin with
# palantir-java-format, configured in the parent pom.xml): run it before committing.
#
#   tools/format.sh            # rewrite what is not formatted
#   tools/format.sh --check    # only report it (what the build does)
set -euo pipefail
cd "$(dirname "$0")/.."
goal=apply
if [[ "${1:-}" == "--check" ]]; then
    goal=check
fi
exec mvn -B -ntp -q "com.diffplug.spotless:spotless-maven-plugin:$goal"
