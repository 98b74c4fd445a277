import { headers } from "next/headers";
import { setLocaleAction } from "@/app/actions";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

/** Works without JavaScript: a form posting to a server action that sets the cookie. */
export async function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  const returnTo = (await headers()).get("x-return-to") ?? "/";
  return (
    <form action={setLocaleAction} className="flex items-center" aria-label={t.nav.language}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="flex rounded-xl border border-slate-300 p-0.5 dark:border-slate-700" role="group" aria-label={t.nav.language}>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-pressed={l === locale}
            className={`min-h-9 rounded-lg px-2.5 text-sm font-medium ${
              l === locale
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {l === "ko" ? "한국어" : "EN"}
          </button>
        ))}
      </div>
    </form>
  );
}
