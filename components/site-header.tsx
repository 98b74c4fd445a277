import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { studyMessages } from "@/lib/i18n/study";
import { liveMessages } from "@/lib/i18n/live";
import type { SessionUser } from "@/lib/dal/users";
import { SignOutButton } from "./account/sign-out-button";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

const navLink = "whitespace-nowrap rounded-lg px-2.5 py-2 text-slate-700 hover:bg-slate-100 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800";

export function SiteHeader({ locale, user }: { locale: Locale; user: SessionUser | null }) {
  const t = getMessages(locale);
  const s = studyMessages(locale);
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2.5 sm:flex-nowrap sm:gap-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-bold tracking-tight" aria-label={`${t.meta.title} — ${t.nav.home}`}>
          <Logo className="h-8 w-8" />
          <span className="hidden lg:inline">Ports &amp; Sockets Lab</span>
        </Link>
        <span className="flex-1 sm:hidden" aria-hidden="true" />
        {/* Phones: the links get a row of their own under the logo, language and account. */}
        <nav aria-label={t.nav.main} className="order-last -mx-1 w-full min-w-0 overflow-x-auto sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex items-center gap-0.5 px-1 text-sm font-medium">
            <li><Link href="/questions" className={navLink}>{t.nav.questions}</Link></li>
            <li><Link href="/sandbox" className={navLink}>{t.sandbox.nav}</Link></li>
            <li><Link href="/review" className={navLink}>{s.nav.review}</Link></li>
            <li><Link href="/interview" className={navLink}>{s.nav.interview}</Link></li>
            <li><Link href="/join" className={navLink}>{liveMessages(locale).nav.join}</Link></li>
          </ul>
        </nav>
        <LanguageSwitch locale={locale} />
        {user ? (
          <details className="relative shrink-0">
            <summary className="flex min-h-9 cursor-pointer list-none items-center rounded-xl border border-slate-300 px-2.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800" aria-label={s.nav.menu}>
              <span aria-hidden="true" className="grid h-6 w-6 place-items-center rounded-full bg-brand-600 text-xs font-bold text-white dark:bg-brand-400 dark:text-slate-950">
                {(user.name || user.email).slice(0, 1).toUpperCase()}
              </span>
            </summary>
            <div className="absolute right-0 z-30 mt-2 w-56 rounded-xl border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
              <p className="truncate px-3 py-2 text-xs text-slate-600 dark:text-slate-400">{user.email}</p>
              <Link href="/me" className="block rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">{s.nav.me}</Link>
              {user.role === "teacher" && <Link href="/teach" className="block rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">{liveMessages(locale).nav.teach}</Link>}
              <Link href="/account" className="block rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">{s.nav.account}</Link>
              <SignOutButton label={s.nav.signOut} className="block w-full rounded-lg px-3 py-2 text-left hover:bg-slate-100 dark:hover:bg-slate-800" />
            </div>
          </details>
        ) : (
          <Link href="/signin" className="shrink-0 whitespace-nowrap rounded-xl bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-400 dark:text-slate-950">
            {s.nav.signIn}
          </Link>
        )}
      </div>
    </header>
  );
}
