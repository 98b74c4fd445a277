import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2.5 sm:gap-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-bold tracking-tight" aria-label={`${t.meta.title} — ${t.nav.home}`}>
          <Logo className="h-8 w-8" />
          <span className="hidden sm:inline">Ports &amp; Sockets Lab</span>
        </Link>
        <nav aria-label={t.nav.main} className="flex-1">
          <ul className="flex items-center gap-1 text-sm font-medium">
            <li>
              <Link href="/questions" className="rounded-lg px-3 py-2 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                {t.nav.questions}
              </Link>
            </li>
            <li>
              <Link href="/sandbox" className="rounded-lg px-3 py-2 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                {t.sandbox.nav}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch locale={locale} />
      </div>
    </header>
  );
}
