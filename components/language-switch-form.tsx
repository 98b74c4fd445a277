"use client";
/**
 * The language buttons. The hidden return path is filled in at submit time from
 * window.location, because the root layout that renders this form is not rendered again on
 * client-side navigation. Drafts live in localStorage (useDraft), so the reload after the
 * action loses nothing typed.
 */
import { setLocaleAction } from "@/app/actions";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { currentLocalPath } from "@/lib/validation/redirect";

export function LanguageSwitchForm({ locale, label, loadedPath }: { locale: Locale; label: string; loadedPath: string }) {
  return (
    <form
      action={setLocaleAction}
      onSubmit={(e) => {
        const field = e.currentTarget.elements.namedItem("returnTo");
        if (field instanceof HTMLInputElement) field.value = currentLocalPath(window.location);
      }}
      className="flex items-center"
      aria-label={label}
    >
      <input type="hidden" name="returnTo" defaultValue={loadedPath} />
      <div className="flex rounded-xl border border-slate-300 p-0.5 dark:border-slate-700" role="group" aria-label={label}>
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
