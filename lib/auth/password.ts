/**
 * Password hashing with Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane),
 * and the password policy. `verifyPassword` against DUMMY_HASH costs the same as a real
 * check, so an unknown email takes as long to refuse as a wrong password.
 */
import { hash, verify } from "@node-rs/argon2";

export const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize("NFC"));
  } catch {
    return false; // malformed stored hash: a failed sign-in, never a crash
  }
}

let dummy: Promise<string> | undefined;
/** A hash of a random secret nobody knows, computed once, for unknown-email sign-ins. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID() + crypto.randomUUID());
  return dummy;
}

/** A handful of passwords that satisfy the length rule but are tried first by every attacker. */
const COMMON = new Set([
  "1234567890", "12345678910", "0123456789", "qwertyuiop", "password12", "password123", "password1234",
  "iloveyou12", "1q2w3e4r5t", "qwerty1234", "asdfghjkl1", "abcdefghij", "aaaaaaaaaa", "1111111111",
  "qwer1234!!", "q1w2e3r4t5", "passw0rd12", "admin12345", "letmein123", "sockets123", "password!!",
]);

export type PasswordProblem = "too-short" | "too-long" | "too-common" | "contains-email";

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too-short";
  if (length > PASSWORD_MAX) return "too-long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return "too-common";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains-email";
  return null;
}
