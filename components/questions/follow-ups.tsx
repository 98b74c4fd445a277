import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { QuestionLinkDto } from "@/lib/validation/dto";

export function FollowUps({ items, locale }: { items: QuestionLinkDto[]; locale: Locale }) {
  const t = getMessages(locale);
  if (!items.length) return null;
  return (
    <section className="card p-5" aria-labelledby="followups-title">
      <h2 id="followups-title" className="font-bold">{t.question.followUps}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.question.followUpsHint}</p>
      <ul className="mt-3 space-y-2">
        {items.map((f) => (
          <li key={f.slug}>
            <Link href={`/questions/${f.slug}`} className="group flex items-start gap-2 rounded-lg px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
              <span aria-hidden="true" className="text-brand-600 dark:text-brand-400">↳</span>
              <span className="flex-1 text-brand-800 underline-offset-2 group-hover:underline dark:text-brand-200">{f.prompt}</span>
              <span className="chip bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t.types[f.type]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
