import "server-only";
/** The request's locale for server components and actions (cookie, then Accept-Language). */
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locale";
import { getMessages } from "./messages";

export async function getLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return resolveLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
}

export async function getI18n() {
  const locale = await getLocale();
  return { locale, t: getMessages(locale) };
}
