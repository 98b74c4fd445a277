import "server-only";
/**
 * Accounts: sign-up, credential checks, settings, password change, deletion, roles. Every
 * function that changes an account takes the signed-in SessionUser and touches only that
 * user's row; the CLI's setRole is the one exception and is not reachable over HTTP.
 */
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { dummyHash, hashPassword, passwordProblem, verifyPassword, type PasswordProblem } from "@/lib/auth/password";
import type { Role, SettingsInput, SignUpInput } from "@/lib/validation/account";
import type { User } from "@/generated/prisma/client";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  locale: Locale;
  timeZone: string;
  dailyNewCards: number;
  hasPassword: boolean;
  tokenVersion: number;
}

export function toSessionUser(u: User): SessionUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === "teacher" ? "teacher" : "student",
    locale: u.locale === "en" ? "en" : "ko",
    timeZone: u.timeZone,
    dailyNewCards: u.dailyNewCards,
    hasPassword: u.passwordHash !== null,
    tokenVersion: u.tokenVersion,
  };
}

const PASSWORD_MESSAGES: Record<PasswordProblem, Record<Locale, string>> = {
  "too-short": { ko: "비밀번호는 10자 이상이어야 합니다.", en: "Use at least 10 characters." },
  "too-long": { ko: "비밀번호는 128자 이하여야 합니다.", en: "Use at most 128 characters." },
  "too-common": { ko: "너무 흔한 비밀번호입니다. 다른 비밀번호를 골라 주세요.", en: "That password is too common. Choose another one." },
  "contains-email": { ko: "비밀번호에 이메일 주소를 넣지 마세요.", en: "Do not put your email address in the password." },
};

function checkPassword(password: string, email: string, locale: Locale, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    const message = PASSWORD_MESSAGES[problem][locale];
    throw new AppError("validation", message, { [field]: [message] });
  }
}

/** The answer to a sign-up, the same whether the email was new or already had an account. */
export interface SignUpReceipt {
  email: string;
}

/**
 * Sign-up over HTTP. It does not reveal whether the email already has an account: a known
 * email gets the same receipt as a new one, after the same Argon2 hash (computed either way),
 * and nothing is created or changed. The client signs in next; for a stranger that fails with
 * the generic "email or password not correct", while the owner who typed their own password
 * is simply signed in. The residual: sign-in itself still tells whether a password is right
 * (both are rate limited; see docs/security.md).
 */
export async function signUp(db: Db, input: SignUpInput, locale: Locale): Promise<SignUpReceipt> {
  checkPassword(input.password, input.email, locale, "password");
  const passwordHash = await hashPassword(input.password);
  const receipt: SignUpReceipt = { email: input.email };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return receipt;
  try {
    await db.user.create({ data: accountData(input, passwordHash, locale) });
  } catch (err) {
    if ((err as { code?: string }).code !== "P2002") throw err; // P2002: raced another sign-up for this email: same answer
  }
  return receipt;
}

/** Creates an account and returns it; a taken email is a 409. For scripts and tests, not for HTTP (see signUp). */
export async function createAccount(db: Db, input: SignUpInput, locale: Locale): Promise<SessionUser> {
  checkPassword(input.password, input.email, locale, "password");
  const taken = locale === "ko" ? "이미 가입된 이메일입니다." : "An account with this email already exists.";
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new AppError("conflict", taken, { email: [taken] });
  return toSessionUser(await db.user.create({ data: accountData(input, await hashPassword(input.password), locale) }));
}

function accountData(input: SignUpInput, passwordHash: string, locale: Locale) {
  return { email: input.email, passwordHash, name: input.name || null, locale: input.locale ?? locale, ...(input.timeZone && { timeZone: input.timeZone }) };
}

/**
 * Checks an email and password. Unknown emails are compared against a dummy hash so that
 * the answer takes the same time either way; every failure returns null, whatever the reason.
 */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { email } });
  const stored = user?.passwordHash ?? (await dummyHash());
  const ok = await verifyPassword(stored, password);
  return ok && user?.passwordHash ? toSessionUser(user) : null;
}

export async function findSessionUser(db: Db, id: string, tokenVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id } });
  if (!user || user.tokenVersion !== tokenVersion) return null;
  return toSessionUser(user);
}

export async function updateSettings(db: Db, user: SessionUser, input: SettingsInput): Promise<SessionUser> {
  const updated = await db.user.update({
    where: { id: user.id },
    data: {
      ...(input.name !== undefined && { name: input.name || null }),
      ...(input.locale && { locale: input.locale }),
      ...(input.timeZone && { timeZone: input.timeZone }),
      ...(input.dailyNewCards !== undefined && { dailyNewCards: input.dailyNewCards }),
    },
  });
  return toSessionUser(updated);
}

function wrongPassword(locale: Locale, field: string): AppError {
  const message = locale === "ko" ? "현재 비밀번호가 맞지 않습니다." : "The current password is not correct.";
  return new AppError("forbidden", message, { [field]: [message] });
}

/** Changes the password and signs out every other session (their tokens carry the old version). */
export async function changePassword(db: Db, user: SessionUser, current: string, next: string, locale: Locale): Promise<void> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (row.passwordHash && !(await verifyPassword(row.passwordHash, current))) throw wrongPassword(locale, "currentPassword");
  checkPassword(next, row.email, locale, "newPassword");
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(next), tokenVersion: { increment: 1 } } });
}

/** Deletes the account and, by cascade, every attempt, card, review and interview of it. */
export async function deleteAccount(db: Db, user: SessionUser, confirm: string, locale: Locale): Promise<void> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  // Password accounts confirm with the password; GitHub-only accounts by typing their email.
  const ok = row.passwordHash ? await verifyPassword(row.passwordHash, confirm) : confirm.trim().toLowerCase() === row.email;
  if (!ok) throw wrongPassword(locale, "confirm");
  await db.user.delete({ where: { id: user.id } });
}

/** For the `npm run user:role` CLI only. */
export async function setRole(db: Db, email: string, role: Role): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return null;
  return toSessionUser(await db.user.update({ where: { id: user.id }, data: { role } /* read from the database on every request: applies at once */ }));
}

/** GitHub sign-in: the account linked to this GitHub user, or a new one. Never links by email. */
export async function userForOAuth(db: Db, provider: string, providerAccountId: string, email: string | null, name: string | null): Promise<SessionUser | null> {
  const link = await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, include: { user: true } });
  if (link) return toSessionUser(link.user);
  const address = (email ?? `${provider}-${providerAccountId}@users.noreply.github.com`).toLowerCase();
  if (await db.user.findUnique({ where: { email: address }, select: { id: true } })) return null; // an email account exists: refuse rather than take it over
  const user = await db.user.create({ data: { email: address, name, oauth: { create: { provider, providerAccountId } } } });
  return toSessionUser(user);
}

/**
 * Signing out revokes the session on the server: the token version moves on, so a copied
 * session cookie stops working at once. (Sessions are stateless JWTs that carry the version;
 * this signs the account out on every device, which docs/security.md states.)
 */
export async function revokeSessions(db: Db, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
}
