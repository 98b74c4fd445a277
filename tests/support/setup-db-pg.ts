/** Before each test file of the "postgres" project: a private copy of the seeded template, and DATABASE_URL pointing at it. */
import { inject } from "vitest";
import { createDatabase, uniqueName } from "./pg";

const run = inject("pgRun");
process.env.DATABASE_URL = await createDatabase(uniqueName(run, "file"), `psl_t_${run}_base_seeded`);
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
