"use client";
/**
 * The projector screen: join code, QR and URL in big type; the lobby with kick and lock;
 * the question with the server's clock and how many have answered; the reveal with the
 * answer distribution; the leaderboard; the end. Survives a reload (the server holds it all).
 */
import { useState } from "react";
import Link from "next/link";
import { api } from "@/lib/client/api";
import type { HostView } from "@/lib/dal/live";
import type { Locale } from "@/lib/i18n/locale";
import { liveMessages } from "@/lib/i18n/live";
import { Leaderboard } from "./player-screen";
import { correctAnswerText } from "@/lib/i18n/answers";
import { useCountdown, useLive } from "./use-live";

type View = HostView & { emittedAt: number; serverNow: number };

export function HostScreen({ sessionId, joinUrl, qrSvg, uiLocale }: { sessionId: string; joinUrl: string; qrSvg: string; uiLocale: Locale }) {
  const { view, connection, offset } = useLive<View>(`/api/v1/live/sessions/${sessionId}/events?role=host`);
  const locale = view?.session.locale ?? uiLocale;
  const t = liveMessages(locale).host;
  const left = useCountdown(view?.state.phase === "question" ? view.state.endsAt : null, offset);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function command(body: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const res = await api(`/api/v1/live/sessions/${sessionId}/control`, { body });
    setBusy(false);
    if (!res.ok) setError(res.error.message);
  }

  if (!view) return <p aria-live="polite" className="text-center text-lg">{t.connecting}</p>;
  const { state } = view;
  const last = state.index + 1 >= view.session.total;
  return (
    <div className="space-y-6" lang={locale}>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{view.session.title}</h1>
          <p className="text-slate-600 dark:text-slate-400">
            {state.phase === "lobby" || state.phase === "ended" ? liveMessages(locale).teach.phases[state.phase] : t.question(state.index + 1, view.session.total)}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <p className="rounded-xl bg-slate-900 px-4 py-2 font-mono text-2xl font-bold tracking-widest text-white dark:bg-slate-100 dark:text-slate-900" aria-label={`${t.code}: ${view.session.code.split("").join(" ")}`}>{view.session.code}</p>
          {state.phase !== "ended" && (
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => command({ command: "lock", locked: !state.locked })} aria-pressed={state.locked}>
              {state.locked ? t.unlock : t.lock}
            </button>
          )}
          {state.phase !== "ended" && (
            <button type="button" className="btn-secondary text-rose-800 dark:text-rose-300" disabled={busy} onClick={() => window.confirm(t.confirmEnd) && command({ command: "end" })}>
              {t.end}
            </button>
          )}
        </div>
      </header>
      {connection === "reconnecting" && <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{t.reconnecting}</p>}
      {error && <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{error}</p>}

      {state.phase === "lobby" && (
        <div className="grid gap-6 lg:grid-cols-[auto_1fr]">
          <div className="card flex flex-col items-center gap-3 p-6 text-center">
            <div className="h-56 w-56 rounded-lg bg-white p-2" role="img" aria-label={t.scan} dangerouslySetInnerHTML={{ __html: qrSvg }} />
            <p className="text-sm text-slate-600 dark:text-slate-400">{t.joinAt}</p>
            <p className="break-all font-mono text-lg font-semibold">{joinUrl.replace(/^https?:\/\//, "").replace(/\?code=.*/, "")}</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t.code}</p>
            <p className="font-mono text-6xl font-black tracking-widest">{view.session.code}</p>
          </div>
          <section className="card p-6" aria-labelledby="lobby">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="lobby" className="text-xl font-bold">{t.lobby} · <span aria-live="polite">{t.playersJoined(view.roster.length)}</span></h2>
              <button type="button" className="btn-primary text-lg" disabled={busy || view.session.total === 0} onClick={() => command({ command: "start" })}>{t.start}</button>
            </div>
            {state.locked && <p className="mt-2 text-sm font-semibold text-amber-800 dark:text-amber-300">{t.locked}</p>}
            <ul className="mt-4 flex flex-wrap gap-2">
              {view.roster.map((p) => (
                <li key={p.id} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 pr-1 dark:bg-slate-800">
                  <span className="font-medium">{p.nickname}</span>
                  <button type="button" className="rounded-full px-2 py-0.5 text-sm text-slate-600 hover:bg-rose-100 hover:text-rose-800 dark:text-slate-300 dark:hover:bg-rose-900" aria-label={`${t.kick}: ${p.nickname}`} onClick={() => command({ command: "kick", player: p.id })}>✕</button>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}

      {(state.phase === "question" || state.phase === "reveal") && view.question && (
        <section className="card space-y-4 p-6" aria-labelledby="host-q">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-lg font-semibold" aria-live="polite">{t.answered(state.phase === "reveal" ? (view.reveal?.answered ?? view.answered) : view.answered, view.roster.length)}</p>
            {state.phase === "question" && <p className={`rounded-xl px-4 py-2 font-mono text-4xl font-black tabular-nums ${left !== null && left <= 5 ? "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100" : "bg-slate-100 dark:bg-slate-800"}`}>{left}</p>}
          </div>
          <h2 id="host-q" className="text-2xl font-bold leading-snug sm:text-3xl">{view.question.prompt}</h2>
          {state.phase === "question" && view.question.options.length > 0 && (
            <ul className="grid gap-3 sm:grid-cols-2">
              {view.question.options.map((o) => <li key={o.key} className="rounded-xl border-2 border-slate-200 px-4 py-3 text-lg dark:border-slate-700">{o.text}</li>)}
            </ul>
          )}
          {state.phase === "reveal" && view.reveal && (
            <div className="space-y-2">
              {view.reveal.distribution.map((d) => {
                const max = Math.max(1, ...view.reveal!.distribution.map((x) => x.count));
                return (
                  <div key={d.key} className="grid grid-cols-[minmax(0,14rem)_1fr_3rem] items-center gap-3">
                    <span className={`truncate ${d.correct ? "font-bold text-emerald-800 dark:text-emerald-300" : ""}`}>{d.correct ? "✓ " : ""}{d.label}</span>
                    <span className="h-6 overflow-hidden rounded bg-slate-100 dark:bg-slate-800"><span className={`block h-full ${d.correct ? "bg-emerald-500" : "bg-slate-400"}`} style={{ width: `${(d.count / max) * 100}%` }} /></span>
                    <span className="text-right font-semibold tabular-nums">{d.count}</span>
                  </div>
                );
              })}
              <p className="pt-2"><span className="font-semibold">{t.correctAnswer}: </span>{correctAnswerText(view.reveal.correct, locale)}</p>
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            {state.phase === "question" && <button type="button" className="btn-primary" disabled={busy} onClick={() => command({ command: "reveal" })}>{t.reveal}</button>}
            {state.phase === "reveal" && <button type="button" className="btn-secondary" disabled={busy} onClick={() => command({ command: "leaderboard" })}>{t.leaderboard}</button>}
            {state.phase === "reveal" && <button type="button" className="btn-primary" disabled={busy} onClick={() => command({ command: "next" })}>{last ? t.finish : t.next}</button>}
          </div>
        </section>
      )}

      {state.phase === "leaderboard" && (
        <div className="space-y-4">
          <Leaderboard rows={view.leaderboard} title={t.leaderboard} />
          <button type="button" className="btn-primary" disabled={busy} onClick={() => command({ command: "next" })}>{last ? t.finish : t.next}</button>
        </div>
      )}

      {state.phase === "ended" && (
        <div className="space-y-4">
          <p className="text-xl font-semibold">{t.ended}</p>
          <Leaderboard rows={view.leaderboard} title={t.leaderboard} />
          <Link href={`/teach/live/${sessionId}/results`} className="btn-primary">{t.results}</Link>
        </div>
      )}
    </div>
  );
}

