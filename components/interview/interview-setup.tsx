"use client";
/** Choose topics, length, timer and language, then start: the server picks the questions. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { api, type ApiError } from "@/lib/client/api";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { studyMessages } from "@/lib/i18n/study";
import { LENGTHS, TIMERS } from "@/lib/interview/engine";
import { SpeakToggle } from "./speech";

export function InterviewSetup({ locale, topics }: { locale: Locale; topics: { id: string; title: string; count: number }[] }) {
  const t = studyMessages(locale).interview;
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>(topics.map((x) => x.id));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const available = topics.filter((x) => picked.includes(x.id)).reduce((n, x) => n + x.count, 0);
  return (
    <form
      className="card space-y-5 p-5 sm:p-6"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const timer = String(f.get("timer"));
        setBusy(true);
        setError(null);
        const res = await api<{ id: string }>("/api/v1/interviews", {
          body: { topics: picked, length: Number(f.get("length")), timerSec: timer === "none" ? null : Number(timer), locale: f.get("language") },
        });
        if (res.ok) router.push(`/interview/${res.data.id}`);
        else {
          setError(res.error);
          setBusy(false);
        }
      }}
    >
      <fieldset>
        <legend className="label flex w-full items-center justify-between">
          <span>{t.topics}</span>
          <button type="button" className="text-sm font-normal text-brand-700 underline dark:text-brand-300" onClick={() => setPicked(picked.length === topics.length ? [] : topics.map((x) => x.id))}>
            {t.allTopics}
          </button>
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {topics.map((x) => (
            <label key={x.id} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-slate-200 px-3 py-2 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950">
              <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={picked.includes(x.id)} onChange={(e) => setPicked(e.target.checked ? [...picked, x.id] : picked.filter((p) => p !== x.id))} />
              <span className="flex-1">{x.title}</span>
              <span className="text-xs text-slate-600 dark:text-slate-300">{x.count}</span>
            </label>
          ))}
        </div>
        {picked.length === 0 && <p className="mt-2 text-sm text-rose-700 dark:text-rose-300">{t.notEnough}</p>}
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-3">
        <fieldset>
          <legend className="label">{t.length}</legend>
          <div className="flex gap-2">
            {LENGTHS.map((n, i) => (
              <label key={n} className="flex min-h-11 flex-1 cursor-pointer items-center justify-center rounded-xl border border-slate-200 px-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 has-[:disabled]:opacity-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950">
                <input type="radio" name="length" value={n} defaultChecked={i === 0} disabled={n > available} className="sr-only" />
                <span aria-hidden="true" className="font-semibold tabular-nums">{n}</span>
                <span className="sr-only">{t.questions(n)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="timer" className="label">{t.timer}</label>
          <select id="timer" name="timer" defaultValue="none" className="field">
            <option value="none">{t.noTimer}</option>
            {TIMERS.map((s) => <option key={s} value={s}>{t.seconds(s)}</option>)}
          </select>
        </div>
        <fieldset>
          <legend className="label">{t.language}</legend>
          <div className="flex gap-2">
            {LOCALES.map((l) => (
              <label key={l} className="flex min-h-11 flex-1 cursor-pointer items-center justify-center rounded-xl border border-slate-200 px-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 dark:border-slate-700 dark:has-[:checked]:bg-brand-950">
                <input type="radio" name="language" value={l} defaultChecked={l === locale} className="sr-only" />
                {l === "ko" ? "한국어" : "English"}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <SpeakToggle locale={locale} />
      {error && <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{Object.values(error.fieldErrors).flat()[0] ?? error.message}</p>}
      <button type="submit" className="btn-primary" disabled={busy || picked.length === 0}>{busy ? t.starting : t.start}</button>
    </form>
  );
}
