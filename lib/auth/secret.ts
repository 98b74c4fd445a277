/**
 * The secret that signs session tokens. AUTH_SECRET (or NEXTAUTH_SECRET) wins; otherwise a
 * random secret is created once in the data folder (mode 600) so that `npm start` works on
 * a laptop with no configuration and sessions survive restarts.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = process.env.AUTH_SECRET_FILE ? path.resolve(/*turbopackIgnore: true*/ process.env.AUTH_SECRET_FILE) : path.join(process.cwd(), "data", "auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
    if (cached.length >= 32) return cached;
  } catch {
    /* created below */
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    cached = secret;
  } catch {
    cached = fs.readFileSync(file, "utf8").trim(); // another process won the race
  }
  return cached;
}
