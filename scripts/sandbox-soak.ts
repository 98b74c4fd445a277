/**
 * `tsx scripts/sandbox-soak.ts [runs]` — runs the sandbox scenarios many times in one process
 * and prints one JSON line: descriptors and heap before/after, sockets still live on the
 * runs' ports, and failed runs. Used by the leak test; handy for manual soak runs.
 */
import { readdirSync, readFileSync } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { runScenario } from "../lib/sandbox/runner";
import type { SandboxScenarioId } from "../lib/sandbox/types";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const fds = () => readdirSync("/proc/self/fd").length;
const settle = async () => {
  await new Promise((r) => setTimeout(r, 100));
  gc();
  gc();
};

function liveSockets(ports: Set<number>): number {
  let n = 0;
  for (const table of ["tcp", "tcp6"]) {
    for (const line of readFileSync(`/proc/net/${table}`, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 4 || (f[3] !== "0A" && f[3] !== "01")) continue;
      const local = Number.parseInt(f[1]!.split(":")[1]!, 16);
      const remote = Number.parseInt(f[2]!.split(":")[1]!, 16);
      if (ports.has(local) || ports.has(remote)) n++;
    }
  }
  return n;
}

const MIX: [SandboxScenarioId, object][] = [
  ["tcp-echo", {}],
  ["tcp-multi-client", { clients: 4 }],
  ["udp-datagram", { clients: 2, messages: 2 }],
  ["port-in-use", {}],
  ["connection-refused", {}],
  ["tcp-stream-boundaries", { messages: 4 }],
  ["ephemeral-range", { clients: 2 }],
  ["half-close", {}],
  ["rst-vs-fin", {}],
  ["ipv6-dual-stack", {}],
];

async function main() {
  const runs = Number(process.argv[2] ?? 1000);
  for (let i = 0; i < 200; i++) await runScenario(...MIX[i % MIX.length]!); // warm-up
  await settle();
  const before = { fds: fds(), heap: process.memoryUsage().heapUsed };
  const ports = new Set<number>();
  const failed: string[] = [];
  for (let i = 0; i < runs; i++) {
    const [id, params] = MIX[i % MIX.length]!;
    const r = await runScenario(id, params);
    if (r.summary.aborted) failed.push(`${id}#${i}:${r.summary.aborted}`);
    for (const p of r.summary.ports) ports.add(p);
  }
  await settle();
  const after = { fds: fds(), heap: process.memoryUsage().heapUsed };
  console.log(JSON.stringify({ runs, before, after, liveSockets: liveSockets(ports), portsUsed: ports.size, failed }));
}

void main();
