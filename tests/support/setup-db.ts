/** Before each test file: a private copy of the seeded database, and DATABASE_URL pointing at it. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

const dir = inject("dbDir");
const file = path.join(dir, `${randomUUID()}.db`);
copyFileSync(path.join(dir, "base-seeded.db"), file);
process.env.DATABASE_URL = `file:${file}`;
// Session tokens in tests are signed with a fixed secret, never the developer's data/auth-secret.
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
