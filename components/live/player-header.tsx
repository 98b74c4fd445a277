/**
 * The focused bar over a student's live-quiz screen, in place of the site header: the
 * product name as plain text (nothing that leaves by accident), the language switch (which
 * comes back to this page) and a "leave quiz" that asks first.
 */
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { liveMessages } from "@/lib/i18n/live";
import { LanguageSwitch } from "@/components/language-switch";
import { Logo } from "@/components/logo";
import { LeaveQuizLink } from "./leave-quiz-link";

export function PlayerHeader({ locale }: { locale: Locale }) {
  const t = liveMessages(locale).play;
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-xl items-center gap-2 px-4 py-2">
        <p className="flex min-w-0 flex-1 items-center gap-2 text-sm font-bold leading-tight tracking-tight sm:text-base">
          <Logo className="h-7 w-7 shrink-0" />
          {/* Wraps rather than truncates on a narrow phone. */}
          <span>{getMessages(locale).meta.title}</span>
        </p>
        <LanguageSwitch locale={locale} />
        <LeaveQuizLink label={t.leave} confirmText={t.leaveConfirm} />
      </div>
    </header>
  );
}
