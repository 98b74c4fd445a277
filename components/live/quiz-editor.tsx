"use client";
/** Build a quiz: filter the bank, add questions, set each one's time limit and points, save. */
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { api, type ApiError } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { liveMessages } from "@/lib/i18n/live";

export interface BankQuestion {
  slug: string;
  type: string;
  topicId: string;
  prompt: string;
}
interface Item {
  question: string;
  timeLimitSec: number;
  points: number;
}

const defaults = (type: string): Omit<Item, "question"> => (type === "interview" ? { timeLimitSec: 120, points: 1000 } : type === "ordering" || type === "short" ? { timeLimitSec: 40, points: 1000 } : { timeLimitSec: 20, points: 1000 });

export function QuizEditor({ locale, bank, topics, initial }: { locale: Locale; bank: BankQuestion[]; topics: { id: string; title: string }[]; initial?: { id: string; title: string; items: Item[] } }) {
  const t = liveMessages(locale).editor;
  const base = getMessages(locale);
  const router = useRouter();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [items, setItems] = useState<Item[]>(initial?.items ?? []);
  const [topic, setTopic] = useState("");
  const [type, setType] = useState("");
  const [q, setQ] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const bySlug = useMemo(() => new Map(bank.map((b) => [b.slug, b])), [bank]);
  const chosen = new Set(items.map((i) => i.question));
  const shown = bank.filter((b) => (!topic || b.topicId === topic) && (!type || b.type === type) && (!q || b.prompt.toLowerCase().includes(q.toLowerCase()) || b.slug.includes(q.toLowerCase())));
  const types = [...new Set(bank.map((b) => b.type))];
  const move = (i: number, d: number) => {
    const j = i + d;
    if (j < 0 || j >= items.length) return;
    const next = [...items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setItems(next);
  };
  const set = (i: number, patch: Partial<Item>) => setItems(items.map((it, k) => (k === i ? { ...it, ...patch } : it)));

  return (
    <form
      className="space-y-6"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const body = { title, items };
        const res = initial ? await api(`/api/v1/quizzes/${initial.id}`, { method: "PUT", body }) : await api<{ id: string }>("/api/v1/quizzes", { body });
        setBusy(false);
        if (res.ok) router.push("/teach");
        else setError(res.error);
      }}
    >
      <div className="card p-5">
        <label htmlFor="quiz-title" className="label">{t.name}</label>
        <input id="quiz-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={100} required placeholder={t.namePlaceholder} className="field" />
        {error?.fieldErrors.title && <p className="mt-1 text-sm text-rose-700 dark:text-rose-300">{error.fieldErrors.title.join(" ")}</p>}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card p-5" aria-labelledby="bank">
          <h2 id="bank" className="font-bold">{t.bank}</h2>
          <div className="mt-3 grid gap-2 sm:grid-cols-3">
            <div>
              <label htmlFor="bank-q" className="label">{t.search}</label>
              <input id="bank-q" value={q} onChange={(e) => setQ(e.target.value)} className="field" />
            </div>
            <div>
              <label htmlFor="bank-topic" className="label">{t.topic}</label>
              <select id="bank-topic" value={topic} onChange={(e) => setTopic(e.target.value)} className="field">
                <option value="">{t.any}</option>
                {topics.map((x) => <option key={x.id} value={x.id}>{x.title}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="bank-type" className="label">{t.type}</label>
              <select id="bank-type" value={type} onChange={(e) => setType(e.target.value)} className="field">
                <option value="">{t.any}</option>
                {types.map((x) => <option key={x} value={x}>{base.types[x as keyof typeof base.types]}</option>)}
              </select>
            </div>
          </div>
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t.shown(shown.length, bank.length)} · {t.interviewHint}</p>
          <ul className="mt-2 max-h-[32rem] divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800">
            {shown.map((b) => (
              <li key={b.slug} className="flex items-start justify-between gap-3 py-2">
                <div className="min-w-0 text-sm">
                  <p className="leading-snug">{b.prompt}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">{base.types[b.type as keyof typeof base.types]}</p>
                </div>
                <button
                  type="button"
                  className="btn-secondary min-h-9 shrink-0 px-3"
                  disabled={chosen.has(b.slug) || items.length >= 50}
                  aria-label={`${t.add}: ${b.prompt}`}
                  onClick={() => setItems([...items, { question: b.slug, ...defaults(b.type) }])}
                >
                  {chosen.has(b.slug) ? t.added : t.add}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="card p-5" aria-labelledby="selected">
          <h2 id="selected" className="font-bold">{t.selected} ({items.length})</h2>
          {items.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t.empty}</p>
          ) : (
            <ol className="mt-3 space-y-3">
              {items.map((it, i) => {
                const b = bySlug.get(it.question);
                return (
                  <li key={it.question} className="rounded-xl border border-slate-200 p-3 dark:border-slate-700">
                    <p className="text-sm leading-snug"><span className="mr-1 font-bold">{i + 1}.</span>{b?.prompt ?? it.question}</p>
                    <div className="mt-2 flex flex-wrap items-end gap-2">
                      <div>
                        <label htmlFor={`time-${i}`} className="text-xs text-slate-600 dark:text-slate-400">{t.time}</label>
                        <input id={`time-${i}`} type="number" min={5} max={600} value={it.timeLimitSec} onChange={(e) => set(i, { timeLimitSec: Number(e.target.value) })} className="field w-24 min-h-9 py-1" />
                      </div>
                      <div>
                        <label htmlFor={`points-${i}`} className="text-xs text-slate-600 dark:text-slate-400">{t.points}</label>
                        <input id={`points-${i}`} type="number" min={0} max={2000} step={100} value={it.points} onChange={(e) => set(i, { points: Number(e.target.value) })} className="field w-24 min-h-9 py-1" />
                      </div>
                      <span className="ml-auto flex gap-1">
                        <button type="button" className="btn-secondary min-h-9 px-2.5" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${t.moveUp}: ${i + 1}`}>↑</button>
                        <button type="button" className="btn-secondary min-h-9 px-2.5" onClick={() => move(i, 1)} disabled={i === items.length - 1} aria-label={`${t.moveDown}: ${i + 1}`}>↓</button>
                        <button type="button" className="btn-secondary min-h-9 px-2.5" onClick={() => setItems(items.filter((_, k) => k !== i))} aria-label={`${t.remove}: ${i + 1}`}>✕</button>
                      </span>
                    </div>
                    {error?.fieldErrors && Object.entries(error.fieldErrors).filter(([k]) => k.startsWith(`items.${i}.`)).map(([k, v]) => <p key={k} className="mt-1 text-sm text-rose-700 dark:text-rose-300">{v.join(" ")}</p>)}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </div>
      {error && <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{error.message}</p>}
      <button type="submit" className="btn-primary" disabled={busy || !title.trim() || items.length === 0}>{busy ? t.saving : t.save}</button>
    </form>
  );
}
