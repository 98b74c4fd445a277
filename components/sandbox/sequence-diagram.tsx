"use client";
/**
 * A sequence diagram of a sandbox run: one lane per actor (server, client-1…), arrows for
 * connection setup, data and teardown between the lanes, and kernel snapshots as full-width
 * rows that can be selected to show that moment's socket table.
 */
import type { Locale } from "@/lib/i18n/locale";
import type { SandboxEvent } from "@/lib/sandbox/types";

const ARROW_CALLS = new Set(["connect", "send", "shutdown", "close"]);
const CALL_STYLE: Record<string, string> = {
  connect: "text-sky-700 dark:text-sky-300",
  accept: "text-emerald-700 dark:text-emerald-300",
  setsockopt: "text-violet-700 dark:text-violet-300",
  send: "text-slate-800 dark:text-slate-200",
  recv: "text-slate-800 dark:text-slate-200",
  shutdown: "text-orange-700 dark:text-orange-300",
  close: "text-rose-700 dark:text-rose-300",
  error: "text-rose-700 dark:text-rose-300",
};

function lanesOf(events: SandboxEvent[]): string[] {
  const actors = new Set(events.map((e) => e.actor).filter((a) => a !== "kernel"));
  const clients = [...actors].filter((a) => a !== "server").sort((a, b) => Number(a.split("-")[1]) - Number(b.split("-")[1]));
  return [...(actors.has("server") ? ["server"] : []), ...clients];
}

function portOwners(events: SandboxEvent[]): Map<number, string> {
  const owners = new Map<number, string>();
  for (const e of events) if (e.local?.port && e.actor !== "kernel" && !owners.has(e.local.port)) owners.set(e.local.port, e.actor);
  return owners;
}

export function SequenceDiagram({
  events,
  locale,
  highlight,
  selectedKernel,
  onSelectKernel,
}: {
  events: SandboxEvent[];
  locale: Locale;
  highlight?: string;
  selectedKernel?: number;
  onSelectKernel: (i: number) => void;
}) {
  const lanes = lanesOf(events);
  const owners = portOwners(events);
  const col = (actor: string) => lanes.indexOf(actor) + 2; // column 1 is the time
  const template = `3.5rem repeat(${Math.max(1, lanes.length)}, minmax(0, 1fr))`;
  return (
    <div className="mt-2 overflow-x-auto" data-testid="sequence-diagram">
      <div className="grid gap-x-2 text-xs sm:text-sm" style={{ gridTemplateColumns: template, minWidth: `${3.5 + Math.max(1, lanes.length) * 9}rem` }} role="list">
        <div className="sticky top-0 border-b border-slate-200 py-1 text-slate-500 dark:border-slate-700">ms</div>
        {lanes.map((l) => (
          <div key={l} className="border-b border-slate-200 py-1 text-center font-semibold dark:border-slate-700">{l}</div>
        ))}
        {events.map((e, i) => {
          const hl = highlight && e.highlight === highlight;
          const rowClass = `contents`;
          const time = (
            <div style={{ gridColumn: "1 / 2" }} className="py-1.5 pr-1 text-right font-mono text-slate-500 dark:text-slate-400">
              {e.t.toFixed(1)}
            </div>
          );
          if (e.call === "kernel") {
            return (
              <div key={i} className={rowClass} role="listitem">
                {time}
                <button
                  type="button"
                  onClick={() => onSelectKernel(i)}
                  aria-pressed={selectedKernel === i}
                  style={{ gridColumn: `2 / ${lanes.length + 2}` }}
                  className={`my-0.5 rounded-lg border px-2 py-1 text-left ${
                    hl ? "border-amber-400 bg-amber-50 dark:bg-amber-950" : "border-dashed border-slate-300 bg-slate-50 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700"
                  }`}
                >
                  <span className="mr-2 rounded bg-slate-800 px-1.5 py-0.5 font-mono text-[0.7rem] text-white dark:bg-slate-200 dark:text-slate-900">kernel</span>
                  {e.note[locale]}
                </button>
              </div>
            );
          }
          const peer = e.remote?.port ? owners.get(e.remote.port) : undefined;
          const label = (
            <>
              <span className={`font-mono font-semibold ${CALL_STYLE[e.call] ?? ""}`}>{e.call}()</span>
              {e.errno && <span className="ml-1 rounded bg-rose-100 px-1 font-mono text-rose-800 dark:bg-rose-950 dark:text-rose-200">{e.errno}</span>}
              {e.bytes !== undefined && <span className="ml-1 text-slate-500">{e.bytes}B</span>}
              {e.data && <span className="ml-1 break-all font-mono text-slate-600 dark:text-slate-300">“{e.data}”</span>}
            </>
          );
          if (ARROW_CALLS.has(e.call) && peer && peer !== e.actor && lanes.includes(peer)) {
            const a = col(e.actor);
            const b = col(peer);
            const rightward = b > a;
            return (
              <div key={i} className={rowClass} role="listitem">
                {time}
                <div style={{ gridColumn: `${Math.min(a, b)} / ${Math.max(a, b) + 1}` }} className={`py-1 ${hl ? "rounded bg-amber-50 dark:bg-amber-950" : ""}`}>
                  <div className="text-center">{label}</div>
                  <div className={`flex items-center ${rightward ? "" : "flex-row-reverse"}`} aria-hidden="true">
                    <span className="h-px flex-1 bg-slate-400 dark:bg-slate-500" />
                    <span className="text-slate-500">{rightward ? "▶" : "◀"}</span>
                  </div>
                  <p className="text-center text-[0.7rem] leading-snug text-slate-500 dark:text-slate-400">{e.note[locale]}</p>
                </div>
              </div>
            );
          }
          return (
            <div key={i} className={rowClass} role="listitem">
              {time}
              <div style={{ gridColumn: `${col(e.actor)} / ${col(e.actor) + 1}` }} className={`rounded px-1 py-1 ${hl ? "bg-amber-50 ring-1 ring-amber-400 dark:bg-amber-950" : ""}`}>
                <div>{label}</div>
                <p className="text-[0.7rem] leading-snug text-slate-500 dark:text-slate-400">{e.note[locale]}</p>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
