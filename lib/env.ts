/**
 * Environment, parsed once with zod. A wrong value stops start-up with a message naming
 * the variable (instrumentation.ts imports this module when the server boots).
 */
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/app.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
      message: 'must be a SQLite URL such as "file:./data/app.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/db" (docs/decisions/016-postgresql.md)',
    }),
  /**
   * Where rate-limit counters live: process memory, or PostgreSQL so that limits hold across
   * several app instances. `auto`: PostgreSQL when DATABASE_URL is PostgreSQL.
   */
  RATE_LIMIT_STORE: z.enum(["auto", "memory", "postgres"]).default("auto"),
  /** PostgreSQL only: connections in this instance's pool (the live-quiz listener holds one more). */
  PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Queries slower than this are logged with their model and action. */
  SLOW_QUERY_MS: z.coerce.number().int().min(0).max(60_000).default(200),
  /** Sandbox: concurrent runs across all users, and runs per minute per client. */
  SANDBOX_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(8),
  SANDBOX_RUNS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  /** Live quizzes: joins with the right code per minute per client address and session (a classroom shares one NAT address), wrong codes per address per 10 minutes, and players per session. */
  LIVE_JOINS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  LIVE_BAD_CODES_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(20),
  LIVE_MAX_PLAYERS: z.coerce.number().int().min(1).max(100_000).default(5000),
  /** Live quizzes: event streams open at once per player/host cookie, and per client address (a classroom shares one). */
  LIVE_STREAMS_PER_VIEWER: z.coerce.number().int().min(1).max(100).default(4),
  LIVE_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** Gradings per minute per signed-in user, or per client address for guests. */
  GRADES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
  /** Sign-in attempts per 15 minutes per client address; failures per 15 minutes per account from one address. */
  SIGNIN_PER_ADDRESS_15_MIN: z.coerce.number().int().min(1).max(1_000_000).default(50),
  SIGNIN_FAILURES_PER_ACCOUNT_15_MIN: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Problem reports per hour per signed-in user, or per client address for guests. */
  REPORTS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Sign-ups per hour per client address. */
  SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
  /**
   * Which peers may tell us the client's address (X-Forwarded-For) and scheme: empty = none
   * (the socket's peer is the client); a hop count; or addresses/CIDRs ("loopback", "10.0.0.0/8").
   */
  TRUST_PROXY: z.string().max(2000).default(""),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(process.env);
