#!/usr/bin/env bash
# Create a migration from the schema change since the last commit, offline, for both databases:
#   bash scripts/new-migration.sh add_something
# writes prisma/migrations/<stamp>_<name>/migration.sql (SQLite) and the same name under
# prisma/postgres/migrations (PostgreSQL), after regenerating prisma/postgres/schema.prisma.
# (prisma migrate dev needs a shadow database the WASM engine cannot provide for SQLite here.)
# Hand-written SQL (partial indexes…) must be added to both files; scripts/db-schema.test.ts checks.
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh NAME}
stamp=$(date -u +%Y%m%d%H%M%S)
npx tsx scripts/db-schema.ts
for db in sqlite postgres; do
  if [ "$db" = sqlite ]; then schema=prisma/schema.prisma; dir="prisma/migrations/${stamp}_${name}"; url="file:./data/app.db";
  else schema=prisma/postgres/schema.prisma; dir="prisma/postgres/migrations/${stamp}_${name}"; url="postgresql://generate@localhost/generate"; fi
  mkdir -p "$dir"
  git show "HEAD:$schema" > "/tmp/schema-before-$db.prisma"
  DATABASE_URL=$url npx prisma migrate diff --from-schema-datamodel "/tmp/schema-before-$db.prisma" --to-schema-datamodel "$schema" --script > "$dir/migration.sql"
  echo "wrote $dir/migration.sql"
done
