/**
 * The secret that signs session tokens. AUTH_SECRET (or NEXTAUTH_SECRET) wins; otherwise a
 * random secret is created once in data/auth-secret (folder 0700, file 0600; AUTH_SECRET_FILE
 * moves it) so that `npm start` works on a laptop with no configuration and sessions survive
 * restarts. A secret that is set but short or empty stops start-up (instrumentation.ts) with a
 * message naming where it came from: it is never silently replaced, since a replacement signs
 * everyone out and hides the misconfiguration.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { defaultDataDir, ensurePrivateDir, PRIVATE_FILE_MODE, restrictFiles } from "@/lib/private-files";

export const MIN_SECRET_LENGTH = 32;

let cached: string | undefined;

export function authSecret(): string {
  return (cached ??= loadAuthSecret());
}

/** Reads (or creates) the secret without caching; throws when a configured secret is unusable. */
export function loadAuthSecret(env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): string {
  for (const name of ["AUTH_SECRET", "NEXTAUTH_SECRET"] as const) {
    const value = env[name];
    if (value === undefined) continue;
    if (value.trim().length < MIN_SECRET_LENGTH) throw new Error(tooShort(name, value.trim().length));
    return value;
  }
  const file = env.AUTH_SECRET_FILE ? path.resolve(cwd, /*turbopackIgnore: true*/ env.AUTH_SECRET_FILE) : path.join(defaultDataDir(cwd), "auth-secret");
  return readSecretFile(file) ?? createSecretFile(file, cwd);
}

function tooShort(source: string, length: number): string {
  const what = length === 0 ? "is empty" : `has ${length} characters`;
  return (
    `${source} ${what}; a session secret needs at least ${MIN_SECRET_LENGTH}. ` +
    `Set one such as the output of \`openssl rand -base64 32\`` +
    (source.includes("/") ? ", or delete the file to have a new one generated (this signs everyone out)." : `, or unset ${source} to use a generated one in data/auth-secret.`)
  );
}

function readSecretFile(file: string): string | null {
  let secret: string;
  try {
    secret = fs.readFileSync(file, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(tooShort(`The auth secret file ${file}`, secret.length));
  restrictFiles(file); // an older install may have left it readable by others
  return secret;
}

function createSecretFile(file: string, cwd: string): string {
  ensurePrivateDir(path.dirname(file), cwd);
  const secret = randomBytes(32).toString("base64url");
  // Written aside, then linked into place: the file appears whole or not at all, so a process
  // starting at the same moment never reads it half-written.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(temp, secret, { mode: PRIVATE_FILE_MODE, flag: "wx" });
  try {
    fs.linkSync(temp, file);
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return readSecretFile(file)!; // another process won the race
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
