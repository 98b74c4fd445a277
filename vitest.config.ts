import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two projects. "sqlite" runs every unit and integration test on the embedded SQLite database.
 * "postgres" runs the integration tests again on PostgreSQL, when TEST_POSTGRES_URL names a
 * server and a role that may create databases (.ci/run starts Debian's PostgreSQL and sets it;
 * see README "Tests"). Tests that are about SQLite files or need no database stay SQLite-only.
 */
const SQLITE_ONLY = ["tests/integration/private-files.test.ts", "tests/integration/grade-cli.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Server-only guards throw outside React Server Components; tests call the modules directly.
      "server-only": path.resolve(__dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["tests/postgres/**"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-db.ts"],
        },
      },
      ...(process.env.TEST_POSTGRES_URL
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: ["tests/integration/**/*.test.ts", "tests/postgres/**/*.test.ts"],
                exclude: SQLITE_ONLY,
                env: { TEST_DB: "postgres" },
                globalSetup: ["tests/support/global-setup-pg.ts"],
                setupFiles: ["tests/support/setup-db-pg.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
