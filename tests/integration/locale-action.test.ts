/**
 * The language switch's server action, run inside Next's request scope: it sets the locale
 * cookie and sends the browser back to the page it came from, but only to a path on this
 * site (lib/validation/redirect.ts decides what that is).
 */
import "../support/next-als";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { setLocaleAction } from "@/app/actions";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { inRequestScope } from "../support/next-scope";
import { BASE } from "../support/http";

/** Runs the action; returns where it redirected to and the locale cookie it set. */
async function submit(fields: Record<string, string>): Promise<{ location: string; locale: string | undefined }> {
  const req = new NextRequest(`${BASE}/`, { method: "POST", headers: { origin: BASE } });
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  let thrown: unknown;
  let locale: string | undefined;
  await inRequestScope(req, "/", async () => {
    try {
      await setLocaleAction(form);
    } catch (err) {
      thrown = err;
    }
    const { cookies } = await import("next/headers");
    locale = (await cookies()).get(LOCALE_COOKIE)?.value;
  });
  // next/navigation's redirect() throws; its digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
  const digest = (thrown as { digest?: string } | undefined)?.digest ?? "";
  expect(digest.startsWith("NEXT_REDIRECT;")).toBe(true);
  return { location: digest.split(";")[2]!, locale };
}

describe("setLocaleAction", () => {
  it("sets the cookie and returns to the current page, query included", async () => {
    const r = await submit({ locale: "en", returnTo: "/questions/tcp-handshake?tab=answer" });
    expect(r).toEqual({ location: "/questions/tcp-handshake?tab=answer", locale: "en" });
  });

  it.each(["/\t/evil.example", "//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/%5Cevil", "http://host@evil.example", "javascript:alert(1)", "/..//evil.example"])(
    "returns home instead of following %j",
    async (returnTo) => {
      const r = await submit({ locale: "ko", returnTo });
      expect(r).toEqual({ location: "/", locale: "ko" });
    },
  );

  it("ignores an unknown locale and goes home", async () => {
    const r = await submit({ locale: "fr", returnTo: "/sandbox" });
    expect(r).toEqual({ location: "/", locale: undefined });
  });
});
