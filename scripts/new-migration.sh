#!/usr/bin/env bash
# Create a migration from the schema change since the last commit, offline:
#   bash scripts/new-migration.sh add_something
# (prisma migrate dev needs a shadow database the WASM engine cannot provide here.)
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh NAME}
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
git show HEAD:prisma/schema.prisma > /tmp/schema-before.prisma
npx prisma migrate diff --from-schema-datamodel /tmp/schema-before.prisma --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
echo "wrote $dir/migration.sql"
