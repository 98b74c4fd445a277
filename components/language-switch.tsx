import { headers } from "next/headers";
import { type Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitchForm } from "./language-switch-form";

/**
 * Works without JavaScript: a form posting to a server action that sets the cookie. The
 * return path rendered here is only right for the page that was fully loaded; after
 * client-side navigation the form replaces it with the browser's current address.
 */
export async function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  const loadedPath = (await headers()).get("x-return-to") ?? "/";
  return <LanguageSwitchForm locale={locale} label={t.nav.language} loadedPath={loadedPath} />;
}
