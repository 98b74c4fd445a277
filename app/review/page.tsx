import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { getCatalog } from "@/lib/dal/catalog";
import { nextCard } from "@/lib/dal/review";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { studyMessages } from "@/lib/i18n/study";
import { deckSchema, type Deck } from "@/lib/validation/review";
import { ReviewSession } from "@/components/study/review-session";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: studyMessages(locale).review.title };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const { locale } = await getI18n();
  const t = studyMessages(locale).review;
  const parsed = deckSchema.safeParse((await searchParams).deck ?? "all");
  const deck: Deck = parsed.success ? parsed.data : "all";
  let initial;
  try {
    initial = await nextCard(db, user, deck, locale);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
  const topics = (await getCatalog(db)).topics;
  const decks: [string, string][] = [["all", t.decks.all], ["weak", t.decks.weak], ...topics.map((x): [string, string] => [`topic:${x.id}`, x.title[locale]])];
  if (deck.startsWith("interview:")) decks.push([deck, studyMessages(locale).interview.reportTitle]);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.lead}</p>
      </header>
      <nav aria-label={t.deck} className="-mx-1 overflow-x-auto">
        <ul className="flex gap-1.5 px-1 pb-1 text-sm sm:flex-wrap">
          {decks.map(([id, label]) => (
            <li key={id}>
              <Link
                href={`/review?deck=${encodeURIComponent(id)}`}
                aria-current={id === deck ? "page" : undefined}
                className={`block whitespace-nowrap rounded-full border px-3 py-1.5 ${id === deck ? "border-brand-600 bg-brand-600 text-white dark:border-brand-400 dark:bg-brand-400 dark:text-slate-950" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReviewSession key={deck} initial={initial} locale={locale} />
    </div>
  );
}
