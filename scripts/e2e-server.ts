/**
 * The e2e web server: a fresh SQLite file migrated and seeded from content/, a production
 * build, then the production server (server.ts) on 127.0.0.1. Playwright starts it and stops it after the run.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { buildApp, prepareDatabase, startServer } from "./lib/server";

const port = Number(process.argv[2] ?? 3100);
const dir = path.resolve("e2e/.artifacts");
rmSync(dir, { recursive: true, force: true });
const url = prepareDatabase(dir);
buildApp(!process.env.E2E_SKIP_BUILD);
const server = startServer(port, { DATABASE_URL: url, AUTH_SECRET_FILE: path.join(dir, "auth-secret") }, "inherit");
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
