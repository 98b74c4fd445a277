"use client";
/**
 * The live sandbox: pick a scenario and its parameters, Run, and watch the events stream in
 * over SSE — a sequence diagram of calls between the server and clients, and the kernel's
 * socket table as it changes. Everything shown is text from the run (never HTML).
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { KernelRow, Pair, SandboxEvent } from "@/lib/sandbox/types";
import { SequenceDiagram } from "./sequence-diagram";

export interface ScenarioOption {
  id: string;
  title: Pair;
  summary: Pair;
  notice: Pair[];
  params: { name: "clients" | "messages" | "backlog"; min: number; max: number; default: number }[];
}

type Status = { kind: "idle" } | { kind: "running" } | { kind: "done"; facts: { id: string; text: Pair }[]; aborted?: string } | { kind: "error"; message: string };

export function SandboxPanel({
  scenarios,
  locale,
  initial,
  highlight,
  compact = false,
}: {
  scenarios: ScenarioOption[];
  locale: Locale;
  initial?: string;
  highlight?: string;
  compact?: boolean;
}) {
  const t = getMessages(locale).sandbox;
  const [scenarioId, setScenarioId] = useState(initial && scenarios.some((s) => s.id === initial) ? initial : scenarios[0]!.id);
  const scenario = scenarios.find((s) => s.id === scenarioId)!;
  const [values, setValues] = useState<Record<string, number>>({});
  const [events, setEvents] = useState<SandboxEvent[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [selectedKernel, setSelectedKernel] = useState<number | undefined>();
  const sourceRef = useRef<EventSource | null>(null);
  const selectId = useId();

  useEffect(() => () => sourceRef.current?.close(), []);

  const params = Object.fromEntries(scenario.params.map((p) => [p.name, values[`${scenario.id}.${p.name}`] ?? p.default]));

  function run() {
    sourceRef.current?.close();
    setEvents([]);
    setSelectedKernel(undefined);
    setStatus({ kind: "running" });
    const qs = new URLSearchParams({ scenario: scenario.id, locale, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
    const source = new EventSource(`/api/v1/sandbox/runs/stream?${qs}`);
    sourceRef.current = source;
    let ended = false;
    source.addEventListener("event", (e) => setEvents((prev) => [...prev, JSON.parse((e as MessageEvent).data) as SandboxEvent]));
    source.addEventListener("end", (e) => {
      ended = true;
      const data = JSON.parse((e as MessageEvent).data) as { summary: { facts: { id: string; text: Pair }[]; aborted?: string } };
      setStatus({ kind: "done", facts: data.summary.facts, aborted: data.summary.aborted });
      source.close();
    });
    source.onerror = () => {
      source.close();
      if (ended) return;
      // The stream refused to open (429, 400): ask once more with fetch to show the reason.
      fetch(`/api/v1/sandbox/runs/stream?${qs}`)
        .then(async (res) => {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          setStatus({ kind: "error", message: body?.error?.message ?? t.error });
        })
        .catch(() => setStatus({ kind: "error", message: t.error }));
    };
  }

  const kernelEvents = useMemo(() => events.map((e, i) => ({ e, i })).filter((x) => x.e.call === "kernel" && x.e.kernel), [events]);
  const shownKernel = selectedKernel !== undefined ? events[selectedKernel] : kernelEvents.at(-1)?.e;

  return (
    <section className="card overflow-hidden" aria-labelledby={`sandbox-${scenario.id}-title`} data-testid="sandbox-panel">
      <div className="border-b border-slate-200 bg-slate-50 px-5 py-4 dark:border-slate-800 dark:bg-slate-900/60">
        <h2 id={`sandbox-${scenario.id}-title`} className="flex items-center gap-2 font-bold">
          <span aria-hidden="true">⚡</span> {compact ? t.panelTitle : scenario.title[locale]}
        </h2>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.isolation}</p>
        <form
          className="mt-3 flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          {scenarios.length > 1 && (
            <div>
              <label htmlFor={selectId} className="label">{t.scenario}</label>
              <select
                id={selectId}
                className="field"
                value={scenario.id}
                onChange={(e) => {
                  setScenarioId(e.target.value);
                  setEvents([]);
                  setStatus({ kind: "idle" });
                }}
              >
                {scenarios.map((s) => (
                  <option key={s.id} value={s.id}>{s.title[locale]}</option>
                ))}
              </select>
            </div>
          )}
          {scenario.params.map((p) => (
            <div key={p.name}>
              <label htmlFor={`${scenario.id}-${p.name}`} className="label">{t[p.name]}</label>
              <input
                id={`${scenario.id}-${p.name}`}
                type="number"
                inputMode="numeric"
                min={p.min}
                max={p.max}
                step={1}
                value={params[p.name]}
                onChange={(e) => {
                  const n = Math.round(Number(e.target.value));
                  if (Number.isFinite(n)) setValues((v) => ({ ...v, [`${scenario.id}.${p.name}`]: Math.min(p.max, Math.max(p.min, n)) }));
                }}
                className="field w-24"
              />
            </div>
          ))}
          <button type="submit" className="btn-primary" disabled={status.kind === "running"}>
            {status.kind === "running" ? t.running : status.kind === "done" ? t.again : t.run}
          </button>
        </form>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{scenario.summary[locale]}</p>
      </div>

      <div className="space-y-5 p-5" aria-live="polite" aria-busy={status.kind === "running"}>
        {status.kind === "error" && <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{status.message}</p>}
        {events.length === 0 && status.kind === "idle" && <p className="text-sm text-slate-500 dark:text-slate-400">{t.empty}</p>}
        {events.length > 0 && (
          <div>
            <h3 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t.timeline}</h3>
            <SequenceDiagram events={events} locale={locale} highlight={highlight} onSelectKernel={setSelectedKernel} selectedKernel={selectedKernel} />
          </div>
        )}
        {events.length > 0 && (
          <div>
            <h3 className="text-sm font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {t.kernel} {shownKernel && <span className="font-normal normal-case">· {t.kernelAt(shownKernel.t.toFixed(1))}</span>}
            </h3>
            {shownKernel?.kernel ? (
              shownKernel.kernel.available ? (
                <>
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{shownKernel.note[locale]}</p>
                  <KernelTable rows={shownKernel.kernel.rows} locale={locale} />
                </>
              ) : (
                <p className="mt-1 text-sm text-amber-800 dark:text-amber-200">{t.kernelUnavailable(shownKernel.kernel.reason ?? "")}</p>
              )
            ) : (
              <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">{t.noKernelYet}</p>
            )}
          </div>
        )}
        {status.kind === "done" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="rounded-xl bg-emerald-50 p-4 dark:bg-emerald-950">
              <h3 className="text-sm font-bold text-emerald-900 dark:text-emerald-100">{t.facts}</h3>
              {status.aborted && <p className="mt-1 text-sm text-amber-800 dark:text-amber-200">{t.aborted(status.aborted)}</p>}
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="sandbox-facts">
                {status.facts.map((f) => (
                  <li key={f.id}>{f.text[locale]}</li>
                ))}
              </ul>
            </div>
            <div className="rounded-xl bg-slate-50 p-4 dark:bg-slate-800">
              <h3 className="text-sm font-bold">{t.notice}</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {scenario.notice.map((n) => (
                  <li key={n.en}>{n[locale]}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

const STATE_STYLE: Record<string, string> = {
  LISTEN: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  ESTABLISHED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  SYN_SENT: "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100",
  SYN_RECV: "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100",
  TIME_WAIT: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100",
  CLOSE_WAIT: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100",
  FIN_WAIT2: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100",
  FIN_WAIT1: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100",
  UNCONN: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

/** host:port, with IPv6 addresses in brackets ([::1]:80) as `ss` prints them. */
function hostPort(address: string, port: number): string {
  return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
}

/** The tcp_info fields a run asked for, named as `ss -i` names them. */
function tcpInfoLine(i: NonNullable<KernelRow["tcpInfo"]>): string {
  const parts: string[] = [];
  if (i.segsOut !== undefined) parts.push(`segs_out:${i.segsOut} segs_in:${i.segsIn ?? "?"}`);
  if (i.dataSegsOut !== undefined) parts.push(`data_segs_out:${i.dataSegsOut} data_segs_in:${i.dataSegsIn ?? "?"}`);
  if (i.unacked) parts.push(`unacked:${i.unacked}`);
  if (i.notsentBytes !== undefined) parts.push(`notsent:${i.notsentBytes}`);
  if (i.sndWnd !== undefined) parts.push(`snd_wnd:${i.sndWnd}`);
  if (i.atoUs) parts.push(`ato:${i.atoUs / 1000}ms`);
  return parts.join(" · ");
}

function KernelTable({ rows, locale }: { rows: KernelRow[]; locale: Locale }) {
  const t = getMessages(locale).sandbox;
  if (!rows.length) return <p className="mt-2 text-sm text-slate-500">—</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full whitespace-nowrap text-left font-mono text-xs [overflow-wrap:normal] sm:text-sm" data-testid="kernel-table">
        <thead className="text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-semibold">{t.proto}</th>
            <th scope="col" className="py-1 pr-3 font-semibold">{t.state}</th>
            <th scope="col" className="py-1 pr-3 font-semibold">{t.local}</th>
            <th scope="col" className="py-1 pr-3 font-semibold">{t.remote}</th>
            <th scope="col" className="py-1 pr-3 font-semibold">{t.queues}</th>
            <th scope="col" className="py-1 font-semibold">{t.timer}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Fragment key={`${r.proto}-${r.local.port}-${r.remote.port}-${r.state}`}>
              <tr className="border-t border-slate-200 dark:border-slate-700">
                <td className="py-1 pr-3">{r.proto}</td>
                <td className="py-1 pr-3">
                  <span className={`rounded px-1.5 py-0.5 ${STATE_STYLE[r.state] ?? "bg-slate-100 dark:bg-slate-800"}`}>{r.state}</span>
                </td>
                <td className="py-1 pr-3">{hostPort(r.local.address, r.local.port)}</td>
                <td className="py-1 pr-3">{r.remote.port ? hostPort(r.remote.address, r.remote.port) : "*:*"}</td>
                <td className="py-1 pr-3">{r.rxQueue} / {r.txQueue}</td>
                <td className="py-1">{r.timer ? `${r.timer.kind},${r.timer.ms}ms,${r.timer.retrans}` : "—"}</td>
              </tr>
              {r.tcpInfo && (
                <tr>
                  <td colSpan={6} className="pb-1 pl-4 text-[0.7rem] text-slate-500 dark:text-slate-400">tcp_info · {tcpInfoLine(r.tcpInfo)}</td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
