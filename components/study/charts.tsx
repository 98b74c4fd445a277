/**
 * Small SVG charts for the dashboard: no chart library, server-rendered, readable in dark
 * mode, and each with a text alternative (a visually hidden table of the same numbers).
 */
import type { DashboardDto } from "@/lib/dal/progress";

export function ActivityChart({ daily, label, describe, answersLabel, scoreLabel }: { daily: DashboardDto["daily"]; label: string; describe: (day: string, n: number, avg: number | null) => string; answersLabel: string; scoreLabel: string }) {
  const W = 600;
  const H = 160;
  const pad = { l: 28, r: 30, t: 10, b: 22 };
  const max = Math.max(4, ...daily.map((d) => d.attempts));
  const step = (W - pad.l - pad.r) / daily.length;
  const y = (n: number) => pad.t + (H - pad.t - pad.b) * (1 - n / max);
  const ys = (s: number) => pad.t + (H - pad.t - pad.b) * (1 - s / 100);
  const points = daily.map((d, i) => (d.averageScore === null ? null : `${pad.l + step * i + step / 2},${ys(d.averageScore)}`)).filter(Boolean);
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={pad.l} x2={W - pad.r} y1={y(max * f)} y2={y(max * f)} className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1} />
            <text x={pad.l - 6} y={y(max * f) + 4} textAnchor="end" className="fill-slate-500 text-[10px] dark:fill-slate-400">{Math.round(max * f)}</text>
            <text x={W - pad.r + 6} y={ys(100 * f) + 4} className="fill-amber-700 text-[10px] dark:fill-amber-300">{100 * f}</text>
          </g>
        ))}
        {daily.map((d, i) => (
          <rect key={d.day} x={pad.l + step * i + step * 0.15} y={y(d.attempts)} width={step * 0.7} height={Math.max(0, H - pad.b - y(d.attempts))} rx={2} className="fill-brand-500 dark:fill-brand-400">
            <title>{describe(d.day, d.attempts, d.averageScore)}</title>
          </rect>
        ))}
        {points.length > 1 && <polyline points={points.join(" ")} fill="none" strokeWidth={2} className="stroke-amber-500" />}
        {daily.map((d, i) => d.averageScore !== null && <circle key={d.day} cx={pad.l + step * i + step / 2} cy={ys(d.averageScore)} r={2.5} className="fill-amber-500" />)}
        {[0, Math.floor(daily.length / 2), daily.length - 1].map((i) => (
          <text key={i} x={pad.l + step * i + step / 2} y={H - 6} textAnchor="middle" className="fill-slate-500 text-[10px] dark:fill-slate-400">{daily[i]?.day.slice(5)}</text>
        ))}
      </svg>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead><tr><th scope="col">Day</th><th scope="col">{answersLabel}</th><th scope="col">{scoreLabel}</th></tr></thead>
        <tbody>
          {daily.filter((d) => d.attempts > 0).map((d) => (
            <tr key={d.day}><td>{d.day}</td><td>{d.attempts}</td><td>{d.averageScore ?? "–"}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function MasteryBars({ topics, triedOf }: { topics: DashboardDto["topics"]; triedOf: (a: number, b: number) => string }) {
  return (
    <ul className="space-y-3">
      {topics.map((t) => (
        <li key={t.id}>
          <div className="flex items-baseline justify-between gap-2 text-sm">
            <span className="font-medium">{t.title}</span>
            <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400">
              <span className="font-semibold text-slate-900 dark:text-slate-100">{t.mastery}%</span> · {triedOf(t.tried, t.total)}
            </span>
          </div>
          <div className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" role="progressbar" aria-label={t.title} aria-valuemin={0} aria-valuemax={100} aria-valuenow={t.mastery}>
            <div className={`h-full rounded-full ${t.mastery >= 75 ? "bg-emerald-500" : t.mastery >= 40 ? "bg-amber-500" : "bg-rose-500"}`} style={{ width: `${t.mastery}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
