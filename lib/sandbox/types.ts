/**
 * Types of the live socket sandbox: the events a run records (what the program called and
 * what the kernel reported), and the scenario parameters. Plain TypeScript and zod.
 */
import { z } from "zod";
import { SANDBOX_SCENARIOS, type SandboxScenarioId } from "@/lib/content/schema";

export { SANDBOX_SCENARIOS, type SandboxScenarioId };

export type Pair = { ko: string; en: string };
export interface Endpoint {
  address: string;
  port: number;
}

export type Call = "socket" | "bind" | "listen" | "connect" | "accept" | "setsockopt" | "send" | "recv" | "shutdown" | "close" | "error" | "kernel";

/**
 * A TCP socket's pending timer, as `ss -o` names it: "on" (retransmission), "keepalive",
 * "timewait", "persist" (zero-window probe). Absent when no timer is pending.
 */
export interface KernelTimer {
  kind: "on" | "keepalive" | "timewait" | "persist";
  /** Milliseconds until it fires (netlink: ms; /proc: clock ticks × 10, so 10 ms steps). */
  ms: number;
  /** Retransmissions for "on"; unanswered probes for "keepalive" and "persist". */
  retrans: number;
}

/** Fields of the kernel's tcp_info (what `ss -i` prints) the sandbox shows; netlink only. */
export const TCP_INFO_FIELDS = [
  "segsOut",
  "segsIn",
  "dataSegsOut",
  "dataSegsIn",
  "unacked",
  "notsentBytes",
  "sndWnd",
  "rcvSpace",
  "probes",
  "lastAckRecvMs",
  "lastDataRecvMs",
  "lastDataSentMs",
  "atoUs",
  "rttUs",
  "bytesSent",
  "bytesAcked",
  "bytesReceived",
  "rwndLimitedUs",
] as const;
export type TcpInfo = Partial<Record<(typeof TCP_INFO_FIELDS)[number], number>>;

export interface KernelRow {
  proto: "tcp" | "tcp6" | "udp" | "udp6";
  state: string;
  local: Endpoint;
  remote: Endpoint;
  txQueue: number;
  rxQueue: number;
  timer?: KernelTimer;
  /** Only in snapshots that asked for it, and only where the netlink reader runs. */
  tcpInfo?: TcpInfo;
}

export interface KernelSnapshot {
  available: boolean;
  /** Why there is no kernel view (not Linux, /proc not readable). */
  reason?: string;
  rows: KernelRow[];
}

export interface SandboxEvent {
  /** Milliseconds since the run started. */
  t: number;
  actor: string; // "server" | "client-1" … | "kernel"
  call: Call;
  /** Handle id within the run: L1 (listening), A1… (accepted), C1… (clients), U1… (UDP). */
  socket?: string;
  local?: Endpoint;
  remote?: Endpoint;
  bytes?: number;
  /** Escaped preview of the bytes (text only, never markup). */
  data?: string;
  errno?: string;
  note: Pair;
  kernel?: KernelSnapshot;
  /** Marks the moment that shows a key idea (the UI can highlight it). */
  highlight?: string;
}

/** A small bounded integer; JSON numbers only (no strings, arrays or coercion). */
const int = (min: number, max: number, dflt: number) => z.number().int().min(min).max(max).default(dflt);

/** Strict per-scenario parameters: small bounded integers only; never a host or a port. */
export const paramSchemas = {
  "tcp-echo": z.object({}).strict(),
  "tcp-multi-client": z.object({ clients: int(1, 8, 3) }).strict(),
  "udp-datagram": z.object({ clients: int(1, 4, 2), messages: int(1, 5, 3) }).strict(),
  "tcp-stream-boundaries": z.object({ messages: int(2, 20, 5) }).strict(),
  "port-in-use": z.object({}).strict(),
  "connection-refused": z.object({}).strict(),
  "listen-backlog": z.object({ backlog: int(1, 4, 2) }).strict(),
  "half-close": z.object({}).strict(),
  "time-wait": z.object({}).strict(),
  "ephemeral-range": z.object({ clients: int(1, 8, 4) }).strict(),
  "nagle-nodelay": z.object({ messages: int(2, 10, 5) }).strict(),
  "rst-vs-fin": z.object({}).strict(),
  "zero-window": z.object({}).strict(),
  "keepalive-probes": z.object({}).strict(),
  "ipv6-dual-stack": z.object({}).strict(),
} satisfies Record<SandboxScenarioId, z.ZodType>;

export type ScenarioParams<S extends SandboxScenarioId> = z.output<(typeof paramSchemas)[S]>;

export interface RunSummary {
  /** Facts the run established, in both languages, each tied to numbers from the OS. */
  facts: { id: string; text: Pair }[];
  ports: number[];
  kernelView: boolean;
  durationMs: number;
  /** Set when the run stopped early (deadline, cancelled, error). */
  aborted?: string;
}

export interface RunResult {
  runId: string;
  scenario: SandboxScenarioId;
  params: Record<string, number>;
  events: SandboxEvent[];
  summary: RunSummary;
}

/** Query strings and CLI flags arrive as text: digits become numbers, anything else stays text and fails validation. */
export function numbersFromText(input: Record<string, string | string[] | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k] = typeof v === "string" && /^\d{1,3}$/.test(v) ? Number(v) : v;
  return out;
}
