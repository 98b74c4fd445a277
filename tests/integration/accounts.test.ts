/**
 * Accounts end to end: sign-in through the real next-auth route (CSRF token, generic errors,
 * throttling), sign-up, settings, password change, deletion, session cookies that must stop
 * working, and the same-origin check on every cookie-authenticated mutation. Real temp
 * SQLite database; route handlers called directly.
 */
import { limits } from "@/lib/http/limits";
import { safeReturnTo } from "@/lib/validation/return-to";
import "../support/next-als"; // before anything loads next/headers
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { GET as authGET, POST as authPOST } from "@/app/api/auth/[...nextauth]/route";
import { DELETE as accountDELETE, GET as accountGET, PATCH as accountPATCH, POST as accountPOST } from "@/app/api/v1/account/route";
import { POST as passwordPOST } from "@/app/api/v1/account/password/route";
import { GET as attemptsGET } from "@/app/api/v1/me/attempts/route";
import { POST as importPOST } from "@/app/api/v1/me/attempts/import/route";
import { GET as exportGET } from "@/app/api/v1/me/export/route";
import { GET as dashboardGET } from "@/app/api/v1/me/dashboard/route";
import { GET as nextGET } from "@/app/api/v1/review/next/route";
import { POST as ratePOST } from "@/app/api/v1/review/rate/route";
import { GET as interviewsGET, POST as interviewsPOST } from "@/app/api/v1/interviews/route";
import { DELETE as interviewDELETE, GET as interviewGET } from "@/app/api/v1/interviews/[id]/route";
import { POST as answersPOST } from "@/app/api/v1/interviews/[id]/answers/route";
import { POST as finishPOST } from "@/app/api/v1/interviews/[id]/finish/route";
import { DELETE as shareDELETE, POST as sharePOST } from "@/app/api/v1/interviews/[id]/share/route";
import { POST as gradePOST } from "@/app/api/v1/grade/route";
import { db } from "@/lib/db";
import { clientHeaders } from "@/lib/http/client";
import { env } from "@/lib/env";
import { authOptions, sessionCookieName } from "@/lib/auth/options";
import { userForOAuth, verifyCredentials } from "@/lib/dal/users";
import { loadContent } from "@/lib/content/load";
import type { QuestionFile } from "@/lib/content/schema";
import { makeUser, sessionCookie } from "../support/session";
import { inRequestScope } from "../support/next-scope";
import { BASE, cookies, jsonOf, params, request } from "../support/http";

process.env.NEXTAUTH_URL ??= BASE;

const bank = loadContent();
const single = bank.questions.find((q) => q.type === "single-choice") as Extract<QuestionFile, { type: "single-choice" }>;

let ipSeq = 0;
/** A fresh client address, so tests never share the (process-wide) sign-in and sign-up throttles. */
const freshIp = () => `198.18.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

// ------------------------------------------------------------------ next-auth plumbing

const AUTH_ROUTE = "/api/auth/[...nextauth]";

async function csrf(): Promise<{ token: string; cookie: string }> {
  const req = new NextRequest(`${BASE}/api/auth/csrf`, { headers: { host: "localhost:3000" } });
  const res = await inRequestScope(req, AUTH_ROUTE, () => authGET(req, params({ nextauth: ["csrf"] })));
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  expect(cookie).toContain("next-auth.csrf-token=");
  return { token: csrfToken, cookie };
}

async function signIn(email: string, password: string, opts: { ip?: string; xff?: string; locale?: string; csrfToken?: string } = {}): Promise<Response> {
  const { token, cookie } = await csrf();
  const req = new NextRequest(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      host: "localhost:3000",
      origin: BASE,
      cookie: cookies(cookie, opts.locale && `locale=${opts.locale}`),
      "content-type": "application/x-www-form-urlencoded",
      ...clientHeaders(opts.ip ?? freshIp()),
      ...(opts.xff && { "x-forwarded-for": opts.xff }),
    },
    body: new URLSearchParams({ email, password, csrfToken: opts.csrfToken ?? token, json: "true" }).toString(),
  });
  return inRequestScope(req, AUTH_ROUTE, () => authPOST(req, params({ nextauth: ["callback", "credentials"] })));
}

function sessionFrom(res: Response): string | undefined {
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName()}=`));
  return set?.split(";")[0];
}

const getAccount = (cookie?: string) => accountGET(request("/api/v1/account", { cookie }), {});

// ------------------------------------------------------------------ sign-in

describe("sign-in through POST /api/auth/callback/credentials", () => {
  it("signs in with the right password and sets a session cookie that the API accepts", async () => {
    const { user, password } = await makeUser(db);
    const res = await signIn(user.email, password);
    expect(res.status).toBe(200);
    const session = sessionFrom(res);
    expect(session).toBeTruthy();
    expect(res.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName()}=`))).toMatch(/HttpOnly/i);
    const me = await getAccount(session);
    expect(me.status).toBe(200);
    expect((await jsonOf(me)).email).toBe(user.email);
  });

  it("accepts the email in any case and with spaces", async () => {
    const { user, password } = await makeUser(db);
    const res = await signIn(`  ${user.email.toUpperCase()} `, password);
    expect(res.status).toBe(200);
    expect(sessionFrom(res)).toBeTruthy();
  });

  it("answers a wrong password and an unknown email with the same generic 401 and no session", async () => {
    const { user } = await makeUser(db);
    const wrong = await signIn(user.email, "not the password at all");
    const unknown = await signIn(`nobody-${Date.now()}@example.com`, "not the password at all");
    const malformed = await signIn("not-an-email", "x");
    for (const res of [wrong, unknown, malformed]) {
      expect(res.status).toBe(401);
      expect(sessionFrom(res)).toBeUndefined();
    }
    const [a, b, c] = await Promise.all([jsonOf(wrong), jsonOf(unknown), jsonOf(malformed)]);
    expect(a).toEqual(b);
    expect(a).toEqual(c);
    expect(a.error.code).toBe("unauthorized");
    expect(JSON.stringify(a)).not.toMatch(/password is wrong|no account|not found|unknown/i);
  });

  it("gives the generic error in Korean to a Korean user", async () => {
    const { user } = await makeUser(db);
    const body = await jsonOf(await signIn(user.email, "not the password at all", { locale: "ko" }));
    expect(body.error.message).toBe("이메일 또는 비밀번호가 올바르지 않습니다.");
  });

  it("refuses a sign-in without next-auth's CSRF token with a 403 error, not a 200 the client would take for success", async () => {
    const { user, password } = await makeUser(db);
    const res = await signIn(user.email, password, { csrfToken: "forged", locale: "ko" });
    expect(sessionFrom(res)).toBeUndefined();
    expect(res.status).toBe(403);
    const err = await jsonOf(res);
    expect(err.error.code).toBe("forbidden");
    expect(err.error.message).toMatch(/[\uAC00-\uD7A3]/);
  });

  const PAIR = env.SIGNIN_FAILURES_PER_ACCOUNT_15_MIN;
  it(`throttles one account from one address after ${PAIR} attempts: 429 with Retry-After, even with the right password; the owner elsewhere is not locked out`, async () => {
    const { user, password } = await makeUser(db);
    const other = await makeUser(db);
    const ip = freshIp();
    for (let i = 0; i < PAIR; i++) expect((await signIn(user.email, `wrong password ${i}`, { ip })).status).toBe(401);
    const blocked = await signIn(user.email, password, { ip });
    expect(blocked.status).toBe(429);
    const retry = Number(blocked.headers.get("retry-after"));
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(sessionFrom(blocked)).toBeUndefined();
    expect((await jsonOf(blocked)).error.code).toBe("rate_limited");
    // Another account signs in from the same address, and the owner from another address.
    expect((await signIn(other.user.email, other.password, { ip })).status).toBe(200);
    expect((await signIn(user.email, password)).status).toBe(200);
  });

  it("a concurrent burst of sign-ins is counted before any password is hashed", async () => {
    const { user } = await makeUser(db);
    const ip = freshIp();
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(user.email, `burst guess ${i}`, { ip }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - PAIR);
  });

  it("a spoofed X-Forwarded-For does not move a client to a fresh limit", async () => {
    const { user } = await makeUser(db);
    const ip = freshIp();
    for (let i = 0; i < PAIR; i++) expect((await signIn(user.email, `wrong ${i}`, { ip, xff: `203.0.113.${i}` })).status).toBe(401);
    expect((await signIn(user.email, "wrong again", { ip, xff: "192.0.2.77" })).status).toBe(429);
  });

  it("signing out revokes the session on the server: a copied cookie stops working", async () => {
    const { user, password } = await makeUser(db);
    const session = sessionFrom(await signIn(user.email, password))!;
    const copied = session; // what an attacker lifted from the browser
    expect((await getAccount(copied)).status).toBe(200);
    const { token, cookie } = await csrf();
    const req = new NextRequest(`${BASE}/api/auth/signout`, {
      method: "POST",
      headers: { host: "localhost:3000", origin: BASE, cookie: cookies(cookie, session), "content-type": "application/x-www-form-urlencoded", ...clientHeaders(freshIp()) },
      body: new URLSearchParams({ csrfToken: token, json: "true" }).toString(),
    });
    const res = await inRequestScope(req, AUTH_ROUTE, () => authPOST(req, params({ nextauth: ["signout"] })));
    expect(res.status).toBe(200);
    expect((await getAccount(copied)).status).toBe(401);
    // Signing in again works and gives a new, valid session.
    expect((await getAccount(sessionFrom(await signIn(user.email, password)))).status).toBe(200);
  });

  it("a sign-out without the CSRF token revokes nothing", async () => {
    const { user, password } = await makeUser(db);
    const session = sessionFrom(await signIn(user.email, password))!;
    const req = new NextRequest(`${BASE}/api/auth/signout`, {
      method: "POST",
      headers: { host: "localhost:3000", origin: BASE, cookie: session, "content-type": "application/x-www-form-urlencoded", ...clientHeaders(freshIp()) },
      body: "json=true",
    });
    await inRequestScope(req, AUTH_ROUTE, () => authPOST(req, params({ nextauth: ["signout"] })));
    expect((await getAccount(session)).status).toBe(200);
  });

  it("refuses a 24 MiB body on /api/auth/* with 413 before reading it, and other content types with 415", async () => {
    const huge = new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded", "content-length": String(24 * 1024 * 1024), ...clientHeaders(freshIp()) },
      body: "email=a%40b.c&password=" + "x".repeat(1024),
    });
    const res = await inRequestScope(huge, AUTH_ROUTE, () => authPOST(huge, params({ nextauth: ["callback", "credentials"] })));
    expect(res.status).toBe(413);
    expect((await jsonOf(res)).error.code).toBe("payload_too_large");
    // No declared length, streamed: cut off at the limit.
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(64 * 1024).fill(120));
      },
    });
    const streamed = new NextRequest(`${BASE}/api/auth/signin/credentials`, { method: "POST", headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" }, body: stream, duplex: "half" } as unknown as ConstructorParameters<typeof NextRequest>[1]);
    const res2 = await inRequestScope(streamed, AUTH_ROUTE, () => authPOST(streamed, params({ nextauth: ["signin", "credentials"] })));
    expect(res2.status).toBe(413);
    for (const type of ["application/json", "text/plain", "multipart/form-data; boundary=x"]) {
      const bad = new NextRequest(`${BASE}/api/auth/callback/credentials`, { method: "POST", headers: { host: "localhost:3000", "content-type": type, ...clientHeaders(freshIp()) }, body: "{not json" });
      const r = await inRequestScope(bad, AUTH_ROUTE, () => authPOST(bad, params({ nextauth: ["callback", "credentials"] })));
      expect(r.status, type).toBe(415);
      expect((await jsonOf(r)).error.code).toBe("unsupported_media_type");
    }
  });

  it("a sign-in with a session cookie issued before a password change is refused afterwards", async () => {
    const { user, password } = await makeUser(db);
    const session = sessionFrom(await signIn(user.email, password))!;
    expect((await getAccount(session)).status).toBe(200);
    const change = await passwordPOST(request("/api/v1/account/password", { cookie: session, body: { currentPassword: password, newPassword: "a brand new passphrase" } }), {});
    expect(change.status).toBe(204);
    expect((await getAccount(session)).status).toBe(401);
    expect((await signIn(user.email, password)).status).toBe(401);
    expect((await signIn(user.email, "a brand new passphrase")).status).toBe(200);
  });
});

describe("verifyCredentials", () => {
  it("checks an unknown email against a real Argon2 hash: as slow as a wrong password", async () => {
    const { user, password } = await makeUser(db);
    expect(await verifyCredentials(db, user.email, password)).toMatchObject({ id: user.id });
    expect(await verifyCredentials(db, user.email, "wrong password!")).toBeNull();
    expect(await verifyCredentials(db, "nobody@example.com", password)).toBeNull();
    const time = async (email: string) => {
      const t = performance.now();
      await verifyCredentials(db, email, "wrong password!");
      return performance.now() - t;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(`nobody-${i}@example.com`));
      known.push(await time(user.email));
    }
    const [u, k] = [median(unknown), median(known)];
    expect(u).toBeGreaterThan(5); // a hash was computed: a bare "not found" takes well under a millisecond
    expect(u / k).toBeGreaterThan(1 / 3);
    expect(u / k).toBeLessThan(3);
  });
});

// ------------------------------------------------------------------ sign-up

const signUpRoute = (body: unknown, init: { raw?: string; headers?: Record<string, string>; cookie?: string } = {}) =>
  accountPOST(request("/api/v1/account", { body, raw: init.raw, cookie: init.cookie, headers: { ...clientHeaders(freshIp()), ...init.headers } }), {});

describe("POST /api/v1/account (sign-up)", () => {
  it("creates an account: 201, email lower-cased, no secrets in the reply, password stored as Argon2id", async () => {
    const email = `New.Learner-${Date.now()}@Example.com`;
    const res = await signUpRoute({ email, password: "a long enough passphrase", name: "  Kim  ", timeZone: "Europe/Berlin", locale: "en" });
    expect(res.status).toBe(201);
    const dto = await jsonOf(res);
    expect(dto).toEqual({ email: email.toLowerCase() }); // a receipt: the same for a known email (below)
    const row = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(row).toMatchObject({ name: "Kim", timeZone: "Europe/Berlin", locale: "en", role: "student" });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(db, email.toLowerCase(), "a long enough passphrase")).toMatchObject({ id: row.id });
  });

  it("a name with a NUL or other control characters is a 400 naming the field, for a new email and a known one alike (no oracle)", async () => {
    const { user } = await makeUser(db);
    for (const email of [`nul-${Date.now()}@example.com`, user.email]) {
      const res = await signUpRoute({ email, password: "correct horse battery staple 9", name: "\u0000" }, { headers: { "accept-language": "en" } });
      expect(res.status).toBe(400);
      const body = (await jsonOf(res)) as { error: { fieldErrors: Record<string, string[]> } };
      expect(body.error.fieldErrors.name).toEqual(["A name cannot contain control characters."]);
    }
  });

  it("a known email gets the same 201 and body as a new one, changes nothing, and the sign-in after it fails like any wrong password", async () => {
    const { user, password } = await makeUser(db);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const fresh = await signUpRoute({ email: `fresh-${Date.now()}@example.com`, password: "another long passphrase", name: "New" });
    const freshBody = await jsonOf(fresh);
    for (const email of [user.email, user.email.toUpperCase()]) {
      const res = await signUpRoute({ email, password: "another long passphrase", name: "Mallory", locale: "ko", timeZone: "Europe/Berlin" });
      expect(res.status).toBe(fresh.status);
      expect(res.headers.get("content-type")).toBe(fresh.headers.get("content-type"));
      const body = await jsonOf(res);
      expect(Object.keys(body)).toEqual(Object.keys(freshBody));
      expect(body).toEqual({ email: user.email });
    }
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before); // name, locale, zone, hash untouched
    // The stranger's sign-in that follows gets the generic answer an unknown email gets.
    const stranger = await signIn(user.email, "another long passphrase");
    const nobody = await signIn(`nobody-${Date.now()}@example.com`, "another long passphrase");
    expect(stranger.status).toBe(401);
    expect(await stranger.json()).toEqual(await nobody.json());
    // The owner who signed up again with their own password is simply signed in.
    expect(sessionFrom(await signIn(user.email, password))).toBeTruthy();
  });

  it("a known email costs the same Argon2 hash as a new one", async () => {
    const { user } = await makeUser(db);
    const time = async (email: string) => {
      const t = performance.now();
      expect((await signUpRoute({ email, password: "another long passphrase" })).status).toBe(201);
      return performance.now() - t;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      fresh.push(await time(`timing-${i}-${Date.now()}@example.com`));
    }
    const [k, f] = [median(known), median(fresh)];
    expect(k).toBeGreaterThan(5); // a hash was computed: a bare lookup takes well under a millisecond
    expect(k / f).toBeGreaterThan(1 / 3);
    expect(k / f).toBeLessThan(3);
  });

  it.each([
    ["too short", "short1!", "비밀번호는 10자 이상이어야 합니다."],
    ["too common", "1234567890", "너무 흔한 비밀번호입니다. 다른 비밀번호를 골라 주세요."],
    ["one repeated character", "zzzzzzzzzzzz", "너무 흔한 비밀번호입니다. 다른 비밀번호를 골라 주세요."],
    ["containing the email", "weakling-2024!!", "비밀번호에 이메일 주소를 넣지 마세요."],
  ])("400 for a %s password, with the field error in the request's language", async (_name, password, ko) => {
    const email = "weakling@example.com";
    const res = await signUpRoute({ email, password }, { cookie: "locale=ko" });
    expect(res.status).toBe(400);
    const err = await jsonOf(res);
    expect(err.error.fieldErrors.password).toEqual([ko]);
    const en = await jsonOf(await signUpRoute({ email, password }, { cookie: "locale=en" }));
    expect(en.error.fieldErrors.password[0]).not.toMatch(/[\uAC00-\uD7A3]/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  const good = () => ({ email: `hostile-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, password: "a long enough passphrase" });
  const hostile: [string, () => { body?: unknown; raw?: string; headers?: Record<string, string> }, number][] = [
    ["non-JSON body", () => ({ raw: "{email: nope" }), 400],
    ["empty body", () => ({ raw: "" }), 400],
    ["form content type", () => ({ raw: "email=a%40b.c&password=x", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415],
    ["text/plain", () => ({ raw: JSON.stringify(good()), headers: { "content-type": "text/plain" } }), 415],
    ["JSON array", () => ({ body: [good()] }), 400],
    ["JSON null", () => ({ body: null }), 400],
    ["extra key role", () => ({ body: { ...good(), role: "teacher" } }), 400],
    ["extra key tokenVersion", () => ({ body: { ...good(), tokenVersion: 99 } }), 400],
    ["__proto__ key", () => ({ raw: `{"email":"${good().email}","password":"a long enough passphrase","__proto__":{"role":"teacher"}}` }), 400],
    ["10 KB email", () => ({ body: { ...good(), email: `${"a".repeat(10_000)}@example.com` } }), 413],
    ["300-character email", () => ({ body: { ...good(), email: `${"a".repeat(290)}@example.com` } }), 400],
    ["not an email", () => ({ body: { ...good(), email: "not-an-email" } }), 400],
    ["numeric email", () => ({ body: { ...good(), email: 42 } }), 400],
    ["invalid time zone", () => ({ body: { ...good(), timeZone: "Mars/Olympus_Mons" } }), 400],
    ["time zone injection", () => ({ body: { ...good(), timeZone: "'; DROP TABLE User; --" } }), 400],
    ["bad locale", () => ({ body: { ...good(), locale: "fr" } }), 400],
    ["password over the limit", () => ({ body: { ...good(), password: "x".repeat(600) } }), 400],
    ["name too long", () => ({ body: { ...good(), name: "n".repeat(61) } }), 400],
  ];
  it.each(hostile)("%s → %i JSON, never 500, no account created", async (_name, make, status) => {
    const before = await db.user.count();
    const { body, raw, headers } = make();
    const res = await signUpRoute(body, { raw, headers });
    expect(res.status).toBe(status);
    const err = await jsonOf(res);
    expect(err.error.message).toBeTruthy();
    expect(JSON.stringify(err)).not.toMatch(/prisma|stack|at .*\.ts/i);
    expect(await db.user.count()).toBe(before);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it("field errors name the offending field", async () => {
    const tz = await jsonOf(await signUpRoute({ ...good(), timeZone: "Mars/Olympus_Mons" }));
    expect(Object.keys(tz.error.fieldErrors)).toEqual(["timeZone"]);
    const extra = await jsonOf(await signUpRoute({ ...good(), role: "teacher" }));
    expect(extra.error.fieldErrors._[0]).toMatch(/role/);
  });

  it("limits sign-ups from one address (counted even when the password is refused): 429 with Retry-After", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await signUpRoute({ email: `burst-${i}-${Date.now()}@example.com`, password: "short" }, { headers: clientHeaders(ip) })).status);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
    const res = await signUpRoute(good(), { headers: clientHeaders(ip) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

// ------------------------------------------------------------------ settings, password, deletion

describe("PATCH /api/v1/account (settings)", () => {
  it("changes name, language, time zone and new cards per day, and only those", async () => {
    const { user, cookie } = await makeUser(db);
    const res = await accountPATCH(request("/api/v1/account", { method: "PATCH", cookie, body: { name: "  Lee ", locale: "en", timeZone: "America/New_York", dailyNewCards: 7 } }), {});
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toMatchObject({ id: user.id, email: user.email, name: "Lee", locale: "en", timeZone: "America/New_York", dailyNewCards: 7 });
    expect(await jsonOf(await getAccount(cookie))).toMatchObject({ name: "Lee", timeZone: "America/New_York", dailyNewCards: 7 });
    // An empty name clears it.
    expect((await jsonOf(await accountPATCH(request("/api/v1/account", { method: "PATCH", cookie, body: { name: "" } }), {}))).name).toBeNull();
  });

  it.each([
    ["email", { email: "other@example.com" }],
    ["role", { role: "teacher" }],
    ["tokenVersion", { tokenVersion: 5 }],
    ["passwordHash", { passwordHash: "x" }],
    ["dailyNewCards too big", { dailyNewCards: 1000 }],
    ["dailyNewCards negative", { dailyNewCards: -1 }],
    ["dailyNewCards fraction", { dailyNewCards: 1.5 }],
    ["bad time zone", { timeZone: "Not/AZone" }],
    ["a NUL in the name", { name: "ok\u0000" }],
    ["control characters in the name", { name: "\u0001\u0002" }],
  ])("400 for %s, nothing changed", async (_name, body) => {
    const { user, cookie } = await makeUser(db);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const res = await accountPATCH(request("/api/v1/account", { method: "PATCH", cookie, body }), {});
    expect(res.status).toBe(400);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toEqual(before);
  });
});

describe("POST /api/v1/account/password", () => {
  const change = (cookie: string, body: unknown, locale = "en") =>
    passwordPOST(request("/api/v1/account/password", { cookie: cookies(cookie, `locale=${locale}`), body }), {});

  it("403 with a field error for a wrong current password; nothing changes", async () => {
    const { user, password, cookie } = await makeUser(db);
    const res = await change(cookie, { currentPassword: "not my password", newPassword: "a brand new passphrase" }, "ko");
    expect(res.status).toBe(403);
    const err = await jsonOf(res);
    expect(err.error.fieldErrors.currentPassword[0]).toMatch(/[\uAC00-\uD7A3]/);
    expect((await getAccount(cookie)).status).toBe(200);
    expect(await verifyCredentials(db, user.email, password)).not.toBeNull();
  });

  it("400 for a weak new password", async () => {
    const { password, cookie } = await makeUser(db);
    const res = await change(cookie, { currentPassword: password, newPassword: "short" });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.fieldErrors.newPassword[0]).toBeTruthy();
    expect((await getAccount(cookie)).status).toBe(200);
  });

  it("204; the old session cookie is refused afterwards, a new one works, only the new password signs in", async () => {
    const { user, password, cookie } = await makeUser(db);
    const res = await change(cookie, { currentPassword: password, newPassword: "a brand new passphrase" });
    expect(res.status).toBe(204);
    expect((await getAccount(cookie)).status).toBe(401);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.tokenVersion).toBe(user.tokenVersion + 1);
    expect((await getAccount(await sessionCookie(row))).status).toBe(200);
    expect(await verifyCredentials(db, user.email, password)).toBeNull();
    expect(await verifyCredentials(db, user.email, "a brand new passphrase")).toMatchObject({ id: user.id });
  });
});

async function userRowCounts(userId: string, sessionIds: string[]) {
  const [attempts, progress, keyPoints, days, cards, reviews, interviews, turns] = await Promise.all([
    db.attempt.count({ where: { userId } }),
    db.questionProgress.count({ where: { userId } }),
    db.keyPointStat.count({ where: { userId } }),
    db.studyDay.count({ where: { userId } }),
    db.card.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
    db.interviewSession.count({ where: { userId } }),
    db.interviewTurn.count({ where: { sessionId: { in: sessionIds } } }),
  ]);
  return { attempts, progress, keyPoints, days, cards, reviews, interviews, turns };
}

describe("DELETE /api/v1/account", () => {
  async function userWithData() {
    const u = await makeUser(db);
    const graded = await gradePOST(request("/api/v1/grade", { cookie: u.cookie, body: { question: "accept-returns-new-socket", answer: "accept() returns a new socket.", locale: "en" } }), {});
    expect(graded.status).toBe(200);
    const rated = await ratePOST(request("/api/v1/review/rate", { cookie: u.cookie, body: { question: single.slug, rating: 3, reps: 0 } }), {});
    expect(rated.status).toBe(200);
    const created = await interviewsPOST(request("/api/v1/interviews", { cookie: u.cookie, body: { topics: ["socket-api"], length: 5, locale: "en" } }), {});
    expect(created.status).toBe(201);
    const sessionIds = [(await jsonOf(created)).id as string];
    return { ...u, sessionIds };
  }
  const del = (cookie: string, body: unknown, headers: Record<string, string> = {}) => accountDELETE(request("/api/v1/account", { method: "DELETE", cookie, body, headers }), {});

  it("403 for a wrong confirmation; nothing is deleted", async () => {
    const u = await userWithData();
    const before = await userRowCounts(u.user.id, u.sessionIds);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    for (const confirm of ["not my password", u.user.email, ""]) {
      const res = await del(u.cookie, { confirm });
      expect(res.status).toBe(403);
      expect((await jsonOf(res)).error.fieldErrors.confirm[0]).toBeTruthy();
    }
    expect(await userRowCounts(u.user.id, u.sessionIds)).toEqual(before);
    expect((await getAccount(u.cookie)).status).toBe(200);
  });

  it("204 with the password: the account and all its attempts, cards, reviews and interviews are gone; the cookie is cleared and refused", async () => {
    const u = await userWithData();
    const other = await userWithData();
    const otherBefore = await userRowCounts(other.user.id, other.sessionIds);
    const res = await del(u.cookie, { confirm: u.password });
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`^${sessionCookieName().replace(/\./g, "\\.")}=;.*Max-Age=0`));
    expect(await db.user.findUnique({ where: { id: u.user.id } })).toBeNull();
    expect(await userRowCounts(u.user.id, u.sessionIds)).toEqual({ attempts: 0, progress: 0, keyPoints: 0, days: 0, cards: 0, reviews: 0, interviews: 0, turns: 0 });
    expect((await getAccount(u.cookie)).status).toBe(401);
    // Nobody else's data went with it.
    expect(await userRowCounts(other.user.id, other.sessionIds)).toEqual(otherBefore);
    // The email is free again.
    expect((await signUpRoute({ email: u.user.email, password: "a long enough passphrase" })).status).toBe(201);
    expect(await db.user.count({ where: { email: u.user.email } })).toBe(1);
  });

  it("400 for a malformed body, 401 without a session", async () => {
    const { cookie } = await makeUser(db);
    expect((await del(cookie, { confirm: "x", force: true })).status).toBe(400);
    expect((await del("", { confirm: "x" })).status).toBe(401);
  });
});

// ------------------------------------------------------------------ GitHub accounts

describe("GitHub accounts", () => {
  const ghId = () => `gh-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

  it("a GitHub sign-in creates a passwordless account once, then finds it by the GitHub id", async () => {
    const id = ghId();
    const first = await userForOAuth(db, "github", id, `Octo-${id}@Example.com`, "Octo");
    expect(first).toMatchObject({ email: `octo-${id}@example.com`, name: "Octo", hasPassword: false });
    const again = await userForOAuth(db, "github", id, `changed-${id}@example.com`, "Octo");
    expect(again!.id).toBe(first!.id);
    const noEmail = await userForOAuth(db, "github", `${id}-2`, null, null);
    expect(noEmail!.email).toBe(`github-${id}-2@users.noreply.github.com`);
    // No password: the credentials form never signs it in.
    expect(await verifyCredentials(db, first!.email, "")).toBeNull();
    expect(await verifyCredentials(db, first!.email, "anything at all")).toBeNull();
  });

  it("never takes over an existing email account: the sign-in is refused and nothing is linked", async () => {
    const { user } = await makeUser(db);
    expect(await userForOAuth(db, "github", ghId(), user.email.toUpperCase(), "Mallory")).toBeNull();
    const signInCallback = authOptions().callbacks!.signIn!;
    const outcome = await signInCallback({
      user: { id: "gh-user", email: user.email, name: "Mallory" },
      account: { provider: "github", providerAccountId: ghId(), type: "oauth" },
      profile: { name: "Mallory" },
    } as never);
    expect(outcome).toBe("/signin?error=OAuthAccountNotLinked");
    expect(await db.oAuthAccount.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a GitHub-only account confirms deletion by typing its email", async () => {
    const gh = (await userForOAuth(db, "github", ghId(), `delete-me-${Date.now()}@example.com`, null))!;
    const cookie = await sessionCookie(gh);
    const del = (confirm: string) => accountDELETE(request("/api/v1/account", { method: "DELETE", cookie, body: { confirm } }), {});
    expect((await del("")).status).toBe(403);
    expect((await del("someone-else@example.com")).status).toBe(403);
    expect((await del(`  ${gh.email.toUpperCase()} `)).status).toBe(204);
    expect(await db.user.findUnique({ where: { id: gh.id } })).toBeNull();
    expect(await db.oAuthAccount.count({ where: { userId: gh.id } })).toBe(0);
  });
});

// ------------------------------------------------------------------ sessions

const FAKE_ID = "clnotarealinterview000000";

/** Every route that needs an account, called with the given cookie (or none). */
function protectedCalls(cookie?: string): [string, () => Promise<Response>][] {
  const id = params({ id: FAKE_ID });
  return [
    ["GET /api/v1/account", () => accountGET(request("/api/v1/account", { cookie }), {})],
    ["PATCH /api/v1/account", () => accountPATCH(request("/api/v1/account", { method: "PATCH", cookie, body: { name: "x" } }), {})],
    ["DELETE /api/v1/account", () => accountDELETE(request("/api/v1/account", { method: "DELETE", cookie, body: { confirm: "x" } }), {})],
    ["POST /api/v1/account/password", () => passwordPOST(request("/api/v1/account/password", { cookie, body: { currentPassword: "x", newPassword: "a brand new passphrase" } }), {})],
    ["GET /api/v1/me/attempts", () => attemptsGET(request("/api/v1/me/attempts", { cookie }), {})],
    ["POST /api/v1/me/attempts/import", () => importPOST(request("/api/v1/me/attempts/import", { cookie, body: { attempts: [] } }), {})],
    ["GET /api/v1/me/export", () => exportGET(request("/api/v1/me/export", { cookie }), {})],
    ["GET /api/v1/me/export?format=csv", () => exportGET(request("/api/v1/me/export?format=csv", { cookie }), {})],
    ["GET /api/v1/me/dashboard", () => dashboardGET(request("/api/v1/me/dashboard", { cookie }), {})],
    ["GET /api/v1/review/next", () => nextGET(request("/api/v1/review/next", { cookie }), {})],
    ["POST /api/v1/review/rate", () => ratePOST(request("/api/v1/review/rate", { cookie, body: { question: single.slug, rating: 3, reps: 0 } }), {})],
    ["GET /api/v1/interviews", () => interviewsGET(request("/api/v1/interviews", { cookie }), {})],
    ["POST /api/v1/interviews", () => interviewsPOST(request("/api/v1/interviews", { cookie, body: { topics: ["ports"], length: 5, locale: "en" } }), {})],
    ["GET /api/v1/interviews/{id}", () => interviewGET(request(`/api/v1/interviews/${FAKE_ID}`, { cookie }), id)],
    ["DELETE /api/v1/interviews/{id}", () => interviewDELETE(request(`/api/v1/interviews/${FAKE_ID}`, { method: "DELETE", cookie }), id)],
    ["POST /api/v1/interviews/{id}/answers", () => answersPOST(request(`/api/v1/interviews/${FAKE_ID}/answers`, { cookie, body: { turn: FAKE_ID, answer: "x" } }), id)],
    ["POST /api/v1/interviews/{id}/finish", () => finishPOST(request(`/api/v1/interviews/${FAKE_ID}/finish`, { method: "POST", cookie }), id)],
    ["POST /api/v1/interviews/{id}/share", () => sharePOST(request(`/api/v1/interviews/${FAKE_ID}/share`, { method: "POST", cookie }), id)],
    ["DELETE /api/v1/interviews/{id}/share", () => shareDELETE(request(`/api/v1/interviews/${FAKE_ID}/share`, { method: "DELETE", cookie }), id)],
  ];
}

describe("session cookies", () => {
  it.each(protectedCalls().map(([name]) => name))("%s without a cookie → 401", async (name) => {
    const before = await db.user.count();
    const call = protectedCalls().find(([n]) => n === name)![1];
    const res = await call();
    expect(res.status).toBe(401);
    const err = await jsonOf(res);
    expect(err.error.code).toBe("unauthorized");
    expect(await db.user.count()).toBe(before);
  });

  it("a valid cookie gets past every protected route's sign-in check", async () => {
    const { cookie } = await makeUser(db);
    for (const [name, call] of protectedCalls(cookie)) {
      const res = await call();
      expect(res.status, name).not.toBe(401);
      expect(res.status, name).toBeLessThan(500);
    }
  });

  const name = sessionCookieName();
  async function badCookies(): Promise<[string, string][]> {
    const { user, cookie } = await makeUser(db);
    const value = cookie.slice(name.length + 1);
    const flipped = value.slice(0, -5) + (value.at(-5) === "A" ? "B" : "A") + value.slice(-4);
    return [
      ["garbage", `${name}=hello`],
      ["empty", `${name}=`],
      ["tampered ciphertext", `${name}=${flipped}`],
      ["truncated", `${name}=${value.slice(0, value.length - 10)}`],
      ["signed with another secret", `${name}=${await encode({ token: { sub: user.id, ver: user.tokenVersion }, secret: "some-other-secret-0123456789abcdefgh" })}`],
      ["no token version", `${name}=${await encode({ token: { sub: user.id }, secret: process.env.AUTH_SECRET! })}`],
      ["someone who does not exist", await sessionCookie({ id: "clnobodyhasthisid00000000", tokenVersion: 0 })],
      ["malformed percent-encoding", `${name}=%E0%A4%A`],
      ["a lone percent sign", `${name}=%`],
      ["9 KB", `${name}=${"a".repeat(9000)}`],
      ["a JWT with alg none", `${name}=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwidmVyIjowfQ.`],
    ];
  }

  it("a garbage, tampered or foreign cookie → 401 on a protected route, never 500", async () => {
    for (const [label, cookie] of await badCookies()) {
      const res = await getAccount(cookie);
      expect(res.status, label).toBe(401);
      expect((await jsonOf(res)).error.code, label).toBe("unauthorized");
    }
  });

  it("a bad cookie on a route that works signed out is treated as signed out: graded, nothing stored", async () => {
    const before = await db.attempt.count();
    for (const [label, cookie] of await badCookies()) {
      const res = await gradePOST(request("/api/v1/grade", { cookie, body: { question: single.slug, answer: single.choices[0]!.id } }), {});
      expect(res.status, label).toBe(200);
      expect(res.headers.get("x-attempt-id"), label).toBeNull();
    }
    expect(await db.attempt.count()).toBe(before);
  });

  it("a cookie minted with an old token version → 401", async () => {
    const { user, cookie } = await makeUser(db);
    await db.user.update({ where: { id: user.id }, data: { tokenVersion: { increment: 1 } } });
    expect((await getAccount(cookie)).status).toBe(401);
    expect((await getAccount(await sessionCookie({ id: user.id, tokenVersion: user.tokenVersion + 1 }))).status).toBe(200);
  });

  it("a cookie of a deleted user → 401", async () => {
    const { user, cookie } = await makeUser(db);
    await db.user.delete({ where: { id: user.id } });
    expect((await getAccount(cookie)).status).toBe(401);
  });
});

// ------------------------------------------------------------------ CSRF

describe("same-origin check on cookie-authenticated mutations", () => {
  const patch = (cookie: string, headers: Record<string, string>) =>
    accountPATCH(request("/api/v1/account", { method: "PATCH", cookie, body: { name: "Changed" }, headers: { host: "localhost:3000", ...headers } }), {});

  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["another port's Origin", { origin: "http://localhost:3001" }],
    ["Origin: null", { origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["cross-site fetch metadata with a same-looking Origin", { origin: BASE, "sec-fetch-site": "cross-site" }],
  ])("403 for %s; nothing changes", async (_label, headers) => {
    const { user, cookie } = await makeUser(db);
    const res = await patch(cookie, headers);
    expect(res.status).toBe(403);
    expect((await jsonOf(res)).error.code).toBe("forbidden");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBeNull();
  });

  it("same origin (or no browser headers at all) is accepted", async () => {
    const { user, cookie } = await makeUser(db);
    expect((await patch(cookie, { origin: BASE, "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Changed");
    expect((await patch(cookie, {})).status).toBe(200);
  });

  it("a cross-site account deletion with the right password is refused", async () => {
    const { user, password, cookie } = await makeUser(db);
    const res = await accountDELETE(request("/api/v1/account", { method: "DELETE", cookie, body: { confirm: password }, headers: { host: "localhost:3000", origin: "https://evil.example" } }), {});
    expect(res.status).toBe(403);
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });

  it("a cross-site sign-up or interview is refused before anything is stored", async () => {
    const users = await db.user.count();
    const email = `csrf-${Date.now()}@example.com`;
    const signup = await signUpRoute({ email, password: "a long enough passphrase" }, { headers: { host: "localhost:3000", origin: "https://evil.example" } });
    expect(signup.status).toBe(403);
    expect(await db.user.count()).toBe(users);
    const { user, cookie } = await makeUser(db);
    const res = await interviewsPOST(request("/api/v1/interviews", { cookie, body: { topics: ["ports"], length: 5, locale: "en" }, headers: { "sec-fetch-site": "cross-site" } }), {});
    expect(res.status).toBe(403);
    expect(await db.interviewSession.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("redirects after sign-in and sign-out stay on this site", () => {
  const base = "http://localhost:3000";
  it.each([
    ["/\t/evil.example", "/"],
    ["http://host@evil.example", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["/%2F%2Fevil.example", "/"],
    ["https://evil.example/me", "/"],
    ["javascript:alert(1)", "/"],
    [`${base}/me?tab=cards#top`, "/me?tab=cards#top"],
    ["/questions?topic=ports", "/questions?topic=ports"],
  ])("callbackUrl %j → %j", (url, path) => {
    const redirect = authOptions().callbacks!.redirect!;
    expect(redirect({ url, baseUrl: base })).toBe(`${base}${path}`);
  });

  it.each(["/\t/evil.example", "http://host@evil.example", "//evil.example", "/%2F%2Fevil"])("next/returnTo %j falls back to /me", (value) => {
    expect(safeReturnTo(value)).toBe("/me");
  });
});

describe("next-auth sees only the body the pipeline read", () => {
  it("a form whose content type also names JSON is read as a form, not a 500", async () => {
    const req = new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded; application/json", ...clientHeaders(`198.19.${Date.now() % 250}.9`) },
      body: "email=x&password=y&json=true",
    });
    const res = await inRequestScope(req, AUTH_ROUTE, () => authPOST(req, params({ nextauth: ["callback", "credentials"] })));
    expect(res.status).toBeLessThan(500);
    expect((await jsonOf(res)).error.code).toBeDefined();
  });
});

describe("limits the hostile review found missing", () => {
  it("checking the current password (change, delete) is limited like a sign-in: a stolen cookie is no password oracle", async () => {
    const { user, cookie } = await makeUser(db);
    const ip = freshIp();
    const change = (currentPassword: string) =>
      passwordPOST(request("/api/v1/account/password", { cookie, body: { currentPassword, newPassword: "another long passphrase" }, headers: clientHeaders(ip) }), {});
    for (let i = 0; i < env.SIGNIN_FAILURES_PER_ACCOUNT_15_MIN; i++) expect((await change(`guess ${i}`)).status).toBe(403);
    const blocked = await change("guess again");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const del = await accountDELETE(request("/api/v1/account", { method: "DELETE", cookie, body: { confirm: "a guess" }, headers: clientHeaders(ip) }), {});
    expect(del.status).toBe(429);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("a sign-in form with the email twice is refused before anything is counted or checked", async () => {
    const { token, cookie } = await csrf();
    const req = new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { host: "localhost:3000", origin: BASE, cookie, "content-type": "application/x-www-form-urlencoded", ...clientHeaders(freshIp()) },
      body: `email=decoy%40x.test&email=victim%40x.test&password=p&csrfToken=${token}&json=true`,
    });
    const res = await inRequestScope(req, AUTH_ROUTE, () => authPOST(req, params({ nextauth: ["callback", "credentials"] })));
    expect(res.status).toBe(400);
  });

  it("an import counts each imported attempt against the grading limit", async () => {
    const { user, cookie } = await makeUser(db);
    const at = new Date().toISOString();
    const attempts = Array.from({ length: 200 }, () => ({ question: single.slug, answer: "a", at }));
    const first = await importPOST(request("/api/v1/me/attempts/import", { cookie, body: { attempts } }), {});
    expect(first.status).toBe(200);
    await limits.grade.consume(`user:${user.id}`, env.GRADES_PER_MINUTE - 300);
    const second = await importPOST(request("/api/v1/me/attempts/import", { cookie, body: { attempts } }), {});
    expect(second.status).toBe(429);
  });
});
