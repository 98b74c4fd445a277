/**
 * The kernel's own view of the run's sockets: /proc/net/tcp, tcp6, udp and udp6, filtered to
 * the ports a run created. Linux only; elsewhere the snapshot says it is unavailable.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Endpoint, KernelRow, KernelSnapshot, KernelTimer, TcpInfo } from "./types";
import { TCP_INFO_FIELDS } from "./types";

type DiagRow = [number, string, number, string, number, number, number, number?, number?, number?, (Record<string, number> | null)?];
type SockDiag = { dump(protocol: 6 | 17, ports: number[], family?: 4 | 6): DiagRow[]; version?: number };

let sockdiag: SockDiag | null | undefined;
/**
 * The netlink reader (native/sockdiag, built at install on Linux): ~0.4 ms per table against
 * 3–20 ms for /proc/net/tcp, whose generation walks the kernel's whole socket hash table.
 * Loaded with process.dlopen so no bundler tries to follow it.
 */
function loadSockDiag(): SockDiag | null {
  if (sockdiag !== undefined) return sockdiag;
  sockdiag = null;
  if (process.platform !== "linux" || process.env.SANDBOX_KERNEL_VIEW === "proc") return sockdiag;
  const file = path.resolve("native/sockdiag/build/Release/sockdiag.node");
  if (!existsSync(file)) return sockdiag;
  try {
    const mod = { exports: {} as SockDiag };
    process.dlopen(mod, file);
    mod.exports.dump(17, [1]);
    sockdiag = mod.exports;
  } catch {
    sockdiag = null;
  }
  return sockdiag;
}

/** Which source the kernel view comes from. */
export function kernelViewSource(): "netlink" | "proc" {
  return loadSockDiag() ? "netlink" : "proc";
}

/** Whether snapshots can carry tcp_info (the netlink reader of version 2 or later). */
export function tcpInfoAvailable(): boolean {
  return (loadSockDiag()?.version ?? 0) >= 2;
}

const TCP_STATES: Record<string, string> = {
  "01": "ESTABLISHED",
  "02": "SYN_SENT",
  "03": "SYN_RECV",
  "04": "FIN_WAIT1",
  "05": "FIN_WAIT2",
  "06": "TIME_WAIT",
  "07": "CLOSE",
  "08": "CLOSE_WAIT",
  "09": "LAST_ACK",
  "0A": "LISTEN",
  "0B": "CLOSING",
  "0C": "NEW_SYN_RECV",
};

/** /proc/net IPv4 addresses are little-endian hex: 0100007F → 127.0.0.1. */
function ipv4(hex: string): string {
  const n = Number.parseInt(hex, 16);
  return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255].join(".");
}

/** IPv6: four little-endian 32-bit words. */
function ipv6(hex: string): string {
  const words: string[] = [];
  for (let i = 0; i < 32; i += 8) {
    const w = hex.slice(i, i + 8);
    const bytes = [w.slice(6, 8), w.slice(4, 6), w.slice(2, 4), w.slice(0, 2)].join("");
    words.push(bytes.slice(0, 4), bytes.slice(4, 8));
  }
  const full = words.map((w) => w.replace(/^0+(?=.)/, "").toLowerCase()).join(":");
  if (full === "0:0:0:0:0:0:0:1") return "::1";
  if (full === "0:0:0:0:0:0:0:0") return "::";
  const mapped = /^0:0:0:0:0:ffff:([0-9a-f]+):([0-9a-f]+)$/.exec(full);
  if (mapped) {
    const hi = Number.parseInt(mapped[1]!, 16);
    const lo = Number.parseInt(mapped[2]!, 16);
    return `::ffff:${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return full;
}

function endpoint(field: string, v6: boolean): Endpoint {
  const [addr = "", port = "0"] = field.split(":");
  return { address: v6 ? ipv6(addr) : ipv4(addr), port: Number.parseInt(port, 16) };
}

const TIMER_KINDS: Record<number, KernelTimer["kind"]> = { 1: "on", 2: "keepalive", 3: "timewait", 4: "persist" };

/** USER_HZ: /proc/net/tcp prints timers in clock ticks of 1/100 s. */
const CLOCK_TICK_MS = 10;

/**
 * /proc/net/tcp's "tr:tm->when", "retrnsmt" and "timeout" columns. For keepalive and persist
 * the kernel's count of unanswered probes is the "timeout" column (icsk_probes_out), as
 * netlink reports it in idiag_retrans.
 */
function procTimer(f: string[]): KernelTimer | undefined {
  const [tr = "0", when = "0"] = (f[5] ?? "0:0").split(":");
  const kind = TIMER_KINDS[Number.parseInt(tr, 16)];
  if (!kind) return undefined;
  const ticks = Number.parseInt(when, 16);
  const probes = kind === "keepalive" || kind === "persist";
  const retrans = probes ? Number.parseInt(f[8] ?? "0", 10) : Number.parseInt(f[6] ?? "0", 16); // "timeout" is %d, "retrnsmt" %08X
  // A timer already due prints as a negative long (16 hex digits): show it as 0.
  return { kind, ms: when.length > 8 || !Number.isFinite(ticks) ? 0 : ticks * CLOCK_TICK_MS, retrans: Number.isFinite(retrans) ? retrans : 0 };
}

/** Parses one /proc/net table. Exported for tests. */
export function parseProcNet(text: string, proto: KernelRow["proto"]): KernelRow[] {
  const v6 = proto.endsWith("6");
  const rows: KernelRow[] = [];
  for (const line of text.split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    const [tx = "0", rx = "0"] = (f[4] ?? "0:0").split(":");
    const st = (f[3] ?? "").toUpperCase();
    const timer = proto.startsWith("tcp") ? procTimer(f) : undefined;
    rows.push({
      proto,
      state: proto.startsWith("udp") ? (st === "07" ? "UNCONN" : st === "01" ? "ESTABLISHED" : st) : (TCP_STATES[st] ?? st),
      local: endpoint(f[1] ?? "", v6),
      remote: endpoint(f[2] ?? "", v6),
      txQueue: Number.parseInt(tx, 16),
      rxQueue: Number.parseInt(rx, 16),
      ...(timer && { timer }),
    });
  }
  return rows;
}

const V4_TABLES: KernelRow["proto"][] = ["tcp", "udp"];
const ALL_TABLES: KernelRow["proto"][] = ["tcp", "tcp6", "udp", "udp6"];

let availability: { available: boolean; reason?: string } | undefined;

/** Checked once per process: reading /proc/net/tcp costs milliseconds (the kernel walks its whole hash table). */
export function kernelViewAvailable(): { available: boolean; reason?: string } {
  if (availability) return availability;
  if (process.platform !== "linux") return (availability = { available: false, reason: `not Linux (${process.platform}): /proc/net is unavailable` });
  try {
    readFileSync("/proc/net/udp", "utf8");
    return (availability = { available: true });
  } catch (err) {
    return (availability = { available: false, reason: `/proc/net is not readable (${(err as NodeJS.ErrnoException).code ?? "error"})` });
  }
}

const stateName = (proto: KernelRow["proto"], n: number): string => {
  const hex = n.toString(16).toUpperCase().padStart(2, "0");
  if (proto.startsWith("udp")) return hex === "07" ? "UNCONN" : hex === "01" ? "ESTABLISHED" : hex;
  return TCP_STATES[hex] ?? hex;
};

function pickTcpInfo(info: Record<string, number> | null | undefined): TcpInfo | undefined {
  if (!info) return undefined;
  const out: TcpInfo = {};
  for (const k of TCP_INFO_FIELDS) if (typeof info[k] === "number") out[k] = info[k];
  return out;
}

export interface SnapshotOptions {
  /** Also read the IPv6 tables (tcp6/udp6): a run that opened IPv6 sockets. */
  ipv6?: boolean;
  /** Attach each TCP socket's tcp_info (netlink only; absent on the /proc path). */
  tcpInfo?: boolean;
}

/**
 * The kernel's rows whose local or remote port is one of `ports` (the run's own sockets).
 * IPv4-only runs skip the tcp6/udp6 tables: their sockets cannot appear there.
 */
export function snapshot(ports: Iterable<number>, opts: SnapshotOptions = {}): KernelSnapshot {
  const check = kernelViewAvailable();
  if (!check.available) return { available: false, reason: check.reason, rows: [] };
  const wanted = new Set(ports);
  const rows: KernelRow[] = [];
  const diag = loadSockDiag();
  // A reader older than version 2 ignores the family argument: IPv6 runs then use /proc.
  if (diag && (!opts.ipv6 || (diag.version ?? 0) >= 2)) {
    const list = [...wanted].slice(0, 64);
    const families: [4 | 6, "" | "6"][] = opts.ipv6 ? [[4, ""], [6, "6"]] : [[4, ""]];
    for (const [family, suffix] of families)
      for (const [name, num] of [["tcp", 6], ["udp", 17]] as const) {
        const proto = `${name}${suffix}` as KernelRow["proto"];
        for (const [state, la, lp, ra, rp, rx, tx, timer = 0, expires = 0, retrans = 0, info] of diag.dump(num, list, family)) {
          const kind = name === "tcp" ? TIMER_KINDS[timer] : undefined;
          const tcpInfo = opts.tcpInfo && name === "tcp" ? pickTcpInfo(info) : undefined;
          rows.push({
            proto,
            state: stateName(proto, state),
            local: { address: la, port: lp },
            remote: { address: ra, port: rp },
            txQueue: tx,
            rxQueue: rx,
            ...(kind && { timer: { kind, ms: expires, retrans } }),
            ...(tcpInfo && { tcpInfo }),
          });
        }
      }
    return { available: true, rows: sortRows(rows) };
  }
  for (const proto of opts.ipv6 ? ALL_TABLES : V4_TABLES) {
    let text: string;
    try {
      text = readFileSync(`/proc/net/${proto}`, "utf8");
    } catch {
      continue; // e.g. no IPv6 in this namespace
    }
    for (const row of parseProcNet(text, proto)) if (wanted.has(row.local.port) || wanted.has(row.remote.port)) rows.push(row);
  }
  return { available: true, rows: sortRows(rows) };
}

/** Exported for tests: the /proc/net path even when netlink is available. */
export function snapshotFromProc(ports: Iterable<number>, opts: { ipv6?: boolean } = {}): KernelRow[] {
  const wanted = new Set(ports);
  const rows: KernelRow[] = [];
  for (const proto of opts.ipv6 ? ALL_TABLES : V4_TABLES)
    for (const row of parseProcNet(readFileSync(`/proc/net/${proto}`, "utf8"), proto)) if (wanted.has(row.local.port) || wanted.has(row.remote.port)) rows.push(row);
  return sortRows(rows);
}

function sortRows(rows: KernelRow[]): KernelRow[] {
  return rows.sort((a, b) => a.proto.localeCompare(b.proto) || a.local.port - b.local.port || a.remote.port - b.remote.port || a.state.localeCompare(b.state));
}

/** The kernel's ephemeral port range (Linux), e.g. [32768, 60999]. */
export function ephemeralRange(): [number, number] | undefined {
  try {
    const [lo, hi] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    return lo && hi ? [lo, hi] : undefined;
  } catch {
    return undefined;
  }
}

/** The kernel's TCP keepalive defaults (net.ipv4.tcp_keepalive_*), for sockets that set none of their own. */
export function keepaliveDefaults(): { timeSec: number; intvlSec: number; probes: number } | undefined {
  try {
    const read = (name: string) => Number(readFileSync(`/proc/sys/net/ipv4/tcp_keepalive_${name}`, "utf8").trim());
    const out = { timeSec: read("time"), intvlSec: read("intvl"), probes: read("probes") };
    return Object.values(out).every(Number.isFinite) ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The network interfaces of this process's network namespace (/proc/net/dev is per
 * namespace, unlike /sys/class/net). ["lo"] inside the sandbox worker's private namespace.
 */
export function networkInterfaces(): string[] | undefined {
  try {
    return readFileSync("/proc/net/dev", "utf8")
      .split("\n")
      .slice(2)
      .map((l) => l.split(":")[0]!.trim())
      .filter(Boolean);
  } catch {
    return undefined;
  }
}

/** True only where the loopback is the sole interface: a wildcard bind ([::]) reaches nothing else. */
export function loopbackOnlyNetwork(): boolean {
  const ifs = networkInterfaces();
  return !!ifs && ifs.length === 1 && ifs[0] === "lo";
}
