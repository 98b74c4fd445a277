"use client";
/**
 * The student's phone: the question with big answer buttons and the server's clock, then
 * right or wrong, points and rank. A reload or a dropped connection comes back to the same
 * player (cookie) at the current question; an answer is retried with the same answer id,
 * so it can never count twice.
 */
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { PlayerView } from "@/lib/dal/live";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { liveMessages } from "@/lib/i18n/live";
import { correctAnswerText } from "@/lib/i18n/answers";
import { AnswerCount, AnswerError, useAnswerFeedback } from "@/components/questions/answer-feedback";
import { useDraft } from "@/components/questions/use-draft";
import { useCountdown, useLive } from "./use-live";

type View = PlayerView & { emittedAt: number; serverNow: number };

const TILE = ["bg-rose-600", "bg-sky-600", "bg-amber-600", "bg-emerald-700", "bg-violet-600", "bg-slate-700"];

function answerIdFor(sessionId: string, index: number): string {
  const key = `psl:live-answer:${sessionId}:${index}`;
  try {
    const existing = sessionStorage.getItem(key);
    if (existing) return existing;
    const id = crypto.randomUUID();
    sessionStorage.setItem(key, id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

export function PlayerScreen({ sessionId, uiLocale }: { sessionId: string; uiLocale: Locale }) {
  const { view, connection, offset, kicked } = useLive<View>(`/api/v1/live/sessions/${sessionId}/events`);
  const locale = view?.session.locale ?? uiLocale;
  const t = liveMessages(locale).play;
  const h = liveMessages(locale).host;
  const left = useCountdown(view?.state.phase === "question" ? view.state.endsAt : null, offset);
  const [sent, setSent] = useState<Record<number, true>>({});

  // The page's heading: the question's prompt while one is open, else the quiz (visually hidden; the panels say what is going on).
  const pageHeading = <h1 className="sr-only">{view?.session.title ?? t.title}</h1>;
  if (kicked) return <>{pageHeading}<Panel><p className="text-lg font-semibold">{t.kicked}</p></Panel></>;
  if (!view) return <>{pageHeading}<Panel><p aria-live="polite">{h.connecting}</p></Panel></>;
  const { state, me } = view;

  /** Sends the answer; resolves to the error to show, or null once it is in. */
  async function submit(answer: string | string[]): Promise<string | null> {
    const index = state.index;
    const answerId = answerIdFor(sessionId, index);
    for (let attempt = 0; attempt < 4; attempt++) {
      const res = await api(`/api/v1/live/sessions/${sessionId}/answers`, { body: { answerId, index, answer } });
      if (res.ok) {
        setSent((s) => ({ ...s, [index]: true }));
        return null;
      }
      if (res.error.status !== 0 && res.error.status < 500) return res.error.message;
      await new Promise((r) => setTimeout(r, 400 * (attempt + 1))); // network trouble: same answer id again
    }
    return getMessages(locale).errors.errorBody;
  }

  const answered = me.answered || Boolean(sent[state.index]);
  return (
    <div className="mx-auto max-w-xl space-y-4" lang={locale}>
      {!(state.phase === "question" && view.question) && pageHeading}
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="font-semibold">{me.nickname}</span>
        <span className="tabular-nums">{t.score}: <strong>{me.score}</strong></span>
      </div>
      {connection === "reconnecting" && <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{h.reconnecting}</p>}
      {state.phase === "lobby" && <Panel><p className="text-lg font-semibold">{t.waiting}</p><p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{view.session.title}</p></Panel>}
      {state.phase === "question" && view.question && (
        <div className="space-y-3">
          <div className="flex items-center justify-between text-sm">
            <span>{h.question(state.index + 1, view.session.total)}</span>
            <span className={`rounded-lg px-2.5 py-1 font-mono text-lg font-bold tabular-nums ${left !== null && left <= 5 ? "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100" : "bg-slate-100 dark:bg-slate-800"}`} aria-label={`${t.timeLeft}: ${left}`}>{left}</span>
          </div>
          <h1 className="text-xl font-bold leading-snug">{view.question.prompt}</h1>
          {answered ? (
            <Panel><p className="text-lg font-semibold" role="status">{t.sent}</p></Panel>
          ) : (
            // Keyed by question: an error about one question's answer never shows on the next.
            <AnswerInput key={state.index} view={view} locale={locale} draftKey={`live:${sessionId}:${state.index}`} onSubmit={submit} />
          )}
        </div>
      )}
      {(state.phase === "reveal" || state.phase === "leaderboard") && (
        <Panel tone={me.result?.correct ? "good" : "bad"}>
          <p className="text-2xl font-bold" role="status">{me.answered ? (me.result?.correct ? t.correct : t.wrong) : t.noAnswer}</p>
          {me.result && <p className="mt-1 text-lg">{t.points(me.result.points)}</p>}
          {me.rank && <p className="mt-1">{t.rank(me.rank, view.players)}</p>}
          {state.phase === "reveal" && view.reveal && <p className="mt-3 text-sm"><span className="font-semibold">{h.correctAnswer}: </span>{correctAnswerText(view.reveal.correct, locale)}</p>}
        </Panel>
      )}
      {(state.phase === "leaderboard" || state.phase === "ended") && <Leaderboard rows={view.leaderboard} me={me.id} title={t.leaderboard} />}
      {state.phase === "ended" && (
        <Panel>
          <p className="text-lg font-semibold">{t.ended}</p>
          <p className="mt-1">{t.final}: <strong className="tabular-nums">{me.score}</strong>{me.rank ? ` · ${t.rank(me.rank, view.players)}` : ""}</p>
        </Panel>
      )}
    </div>
  );
}


function Panel({ children, tone }: { children: React.ReactNode; tone?: "good" | "bad" }) {
  const color = tone === "good" ? "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950" : tone === "bad" ? "border-rose-300 bg-rose-50 dark:border-rose-800 dark:bg-rose-950" : "";
  return <div className={`card p-6 text-center ${color}`}>{children}</div>;
}

export function Leaderboard({ rows, me, title }: { rows: PlayerView["leaderboard"]; me?: string; title: string }) {
  return (
    <section className="card p-4" aria-label={title}>
      <h2 className="font-bold">{title}</h2>
      <ol className="mt-2 space-y-1">
        {rows.map((r) => (
          <li key={r.playerId} className={`flex items-center justify-between rounded-lg px-3 py-1.5 ${r.playerId === me ? "bg-brand-50 font-semibold dark:bg-brand-950" : ""}`}>
            <span><span className="mr-2 inline-block w-6 tabular-nums text-slate-500 dark:text-slate-400">{r.rank}</span>{r.nickname}</span>
            <span className="tabular-nums">{r.score}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function AnswerInput({ view, locale, draftKey, onSubmit }: { view: View; locale: Locale; draftKey: string; onSubmit: (a: string | string[]) => Promise<string | null> }) {
  const t = liveMessages(locale).play;
  const b = getMessages(locale).question;
  const q = view.question!;
  const typed = q.type !== "single-choice" && q.type !== "true-false" && q.type !== "multi-choice" && q.type !== "ordering";
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [order, setOrder] = useState(q.options.map((o) => o.key));
  // Kept on this device like every typed answer: a reload or a language switch loses nothing.
  const [text, setText] = useDraft(draftKey);
  const [serverError, setServerError] = useState<string | null>(null);
  const feedback = useAnswerFeedback(locale, typed ? text : undefined);
  const error = feedback.errorFor(serverError);
  const go = async (a: string | string[]) => {
    setBusy(true);
    feedback.onSubmit();
    const failed = await onSubmit(a);
    setServerError(failed);
    if (!failed && typed) setText("");
    setBusy(false);
  };
  const errorLine = <AnswerError id="live-answer-error" message={error} className="" />;
  if (q.type === "single-choice" || q.type === "true-false") {
    const opts = q.type === "true-false" ? [{ key: "true", text: b.true }, { key: "false", text: b.false }] : q.options;
    return (
      <div className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          {opts.map((o, i) => (
            <button key={o.key} type="button" disabled={busy} onClick={() => go(o.key)} className={`min-h-20 rounded-2xl px-4 py-3 text-left text-lg font-semibold text-white shadow disabled:opacity-60 ${TILE[i % TILE.length]}`}>
              {o.text}
            </button>
          ))}
        </div>
        {errorLine}
      </div>
    );
  }
  if (q.type === "multi-choice") {
    return (
      <div className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          {q.options.map((o, i) => (
            <button
              key={o.key}
              type="button"
              aria-pressed={picked.includes(o.key)}
              onClick={() => {
                setPicked(picked.includes(o.key) ? picked.filter((k) => k !== o.key) : [...picked, o.key]);
                feedback.onEdit();
              }}
              className={`min-h-16 rounded-2xl px-4 py-3 text-left font-semibold text-white shadow ${TILE[i % TILE.length]} ${picked.includes(o.key) ? "ring-4 ring-slate-900 dark:ring-white" : "opacity-80"}`}
            >
              {picked.includes(o.key) ? "✓ " : ""}{o.text}
            </button>
          ))}
        </div>
        {errorLine}
        <button type="button" className="btn-primary w-full" disabled={busy || picked.length === 0} onClick={() => go(picked)}>{t.submit}</button>
      </div>
    );
  }
  if (q.type === "ordering") {
    const move = (i: number, d: number) => {
      const j = i + d;
      if (j < 0 || j >= order.length) return;
      const next = [...order];
      [next[i], next[j]] = [next[j]!, next[i]!];
      setOrder(next);
      feedback.onEdit();
    };
    return (
      <div className="space-y-3">
        <ol className="space-y-2">
          {order.map((k, i) => (
            <li key={k} className="flex items-center gap-2 rounded-xl border-2 border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900">
              <span className="w-6 font-bold tabular-nums">{i + 1}</span>
              <span className="flex-1">{q.options.find((o) => o.key === k)?.text}</span>
              <button type="button" className="btn-secondary min-h-10 px-3" onClick={() => move(i, -1)} disabled={i === 0} aria-label={b.moveUp(q.options.find((o) => o.key === k)?.text ?? k)}>↑</button>
              <button type="button" className="btn-secondary min-h-10 px-3" onClick={() => move(i, 1)} disabled={i === order.length - 1} aria-label={b.moveDown(q.options.find((o) => o.key === k)?.text ?? k)}>↓</button>
            </li>
          ))}
        </ol>
        {errorLine}
        <button type="button" className="btn-primary w-full" disabled={busy} onClick={() => go(order)}>{t.submit}</button>
      </div>
    );
  }
  return (
    <form className="space-y-3" onSubmit={(e) => { e.preventDefault(); void go(text); }}>
      <div>
        <label htmlFor="live-answer" className="sr-only">{t.answer}</label>
        <textarea
          id="live-answer"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            feedback.onEdit();
          }}
          rows={q.type === "short" ? 2 : 6}
          placeholder={t.typeAnswer}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "live-answer-count live-answer-error" : "live-answer-count"}
          className="field"
        />
        <AnswerCount id="live-answer-count" text={text} locale={locale} />
      </div>
      {errorLine}
      <button type="submit" className="btn-primary w-full" disabled={busy || !text.trim() || feedback.over}>{t.submit}</button>
    </form>
  );
}
