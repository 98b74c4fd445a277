/**
 * Truth: every fact a scenario reports is checked against the OS itself — `ss -tn` (or
 * /proc/net/tcp read here independently), ip_local_port_range, and the real errno codes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScenario } from "@/lib/sandbox/runner";
import type { SandboxEvent } from "@/lib/sandbox/types";

const linux = process.platform === "linux";

/** Established TCP 4-tuples as the OS lists them right now ("127.0.0.1:a 127.0.0.1:b"). */
function osEstablished(): Set<string> {
  const out = new Set<string>();
  if (existsSync("/usr/sbin/ss") || existsSync("/usr/bin/ss") || existsSync("/bin/ss")) {
    const text = execFileSync("ss", ["-tnH", "state", "established"], { encoding: "utf8" });
    for (const line of text.split("\n")) {
      const f = line.trim().split(/\s+/);
      if (f.length >= 4) out.add(`${f[2]} ${f[3]}`);
    }
    return out;
  }
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f[3] !== "01") continue;
    const ep = (x: string) => {
      const [a, p] = x.split(":");
      const n = Number.parseInt(a!, 16);
      return `${n & 255}.${(n >> 8) & 255}.${(n >> 16) & 255}.${n >>> 24}:${Number.parseInt(p!, 16)}`;
    };
    out.add(`${ep(f[1]!)} ${ep(f[2]!)}`);
  }
  return out;
}

describe.runIf(linux)("scenarios agree with the kernel", () => {
  it("tcp-multi-client: the 4-tuples reported are the ones the OS lists, all on the server's port", async () => {
    let seenByOs = new Set<string>();
    const result = await runScenario("tcp-multi-client", { clients: 3 }, {
      onEvent: (e) => {
        if (e.call === "kernel") seenByOs = osEstablished();
      },
    });
    expect(result.summary.aborted).toBeUndefined();
    const accepts = result.events.filter((e) => e.call === "accept");
    expect(accepts).toHaveLength(3);
    const serverPort = result.events.find((e) => e.call === "listen")!.local!.port;
    for (const a of accepts) {
      expect(a.local!.port).toBe(serverPort);
      expect(seenByOs.has(`${a.local!.address}:${a.local!.port} ${a.remote!.address}:${a.remote!.port}`)).toBe(true);
      expect(seenByOs.has(`${a.remote!.address}:${a.remote!.port} ${a.local!.address}:${a.local!.port}`)).toBe(true);
    }
    expect(new Set(accepts.map((a) => a.remote!.port)).size).toBe(3);
    const kernel = result.events.find((e) => e.call === "kernel")!.kernel!;
    expect(kernel.rows.filter((r) => r.state === "LISTEN" && r.local.port === serverPort)).toHaveLength(1);
    expect(kernel.rows.filter((r) => r.state === "ESTABLISHED" && r.local.port === serverPort)).toHaveLength(3);
  });

  it("client ports lie inside ip_local_port_range", async () => {
    const [lo, hi] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number) as [number, number];
    const result = await runScenario("ephemeral-range", { clients: 5 });
    const ports = result.events.filter((e) => e.call === "connect").map((e) => e.local!.port);
    expect(ports).toHaveLength(5);
    for (const p of ports) {
      expect(p).toBeGreaterThanOrEqual(lo);
      expect(p).toBeLessThanOrEqual(hi);
    }
  });

  it("port-in-use reports the real EADDRINUSE, and UDP binds the same number", async () => {
    const result = await runScenario("port-in-use", {});
    const err = result.events.find((e) => e.call === "error");
    expect(err?.errno).toBe("EADDRINUSE");
    const kernel = result.events.find((e) => e.call === "kernel")!.kernel!;
    const port = result.events.find((e) => e.call === "listen")!.local!.port;
    expect(kernel.rows.some((r) => r.proto === "udp" && r.local.port === port)).toBe(true);
    expect(kernel.rows.some((r) => r.proto === "tcp" && r.state === "LISTEN" && r.local.port === port)).toBe(true);
  });

  it("connection-refused reports the real ECONNREFUSED", async () => {
    const result = await runScenario("connection-refused", {});
    expect(result.events.find((e) => e.call === "error")?.errno).toBe("ECONNREFUSED");
  });

  it("half-close shows FIN_WAIT2 and CLOSE_WAIT, and the reply still arrives", async () => {
    const result = await runScenario("half-close", {});
    const states = result.events.find((e) => e.highlight === "half-close")!.kernel!.rows.map((r) => r.state);
    expect(states).toContain("FIN_WAIT2");
    expect(states).toContain("CLOSE_WAIT");
    expect(result.events.some((e) => e.call === "recv" && e.actor === "client-1" && e.data === "reply after EOF")).toBe(true);
  });

  it("time-wait shows the active closer's 4-tuple in TIME_WAIT", async () => {
    const result = await runScenario("time-wait", {});
    const clientPort = result.events.find((e) => e.call === "connect")!.local!.port;
    const rows = result.events.find((e) => e.highlight === "time-wait")!.kernel!.rows;
    expect(rows.some((r) => r.state === "TIME_WAIT" && r.local.port === clientPort)).toBe(true);
  });

  it("listen-backlog: the kernel queues backlog+1 handshakes while nothing accepts", async () => {
    const result = await runScenario("listen-backlog", { backlog: 2 });
    const during = result.events.find((e) => e.highlight === "accept-queue")!.kernel!.rows;
    expect(during.find((r) => r.state === "LISTEN")!.rxQueue).toBe(3);
    expect(during.filter((r) => r.state === "SYN_SENT").length).toBe(2);
    expect(result.events.filter((e) => e.call === "accept")).toHaveLength(5);
  });

  it("udp-datagram keeps every message boundary and names each sender", async () => {
    const result = await runScenario("udp-datagram", { clients: 2, messages: 3 });
    const recvs = result.events.filter((e: SandboxEvent) => e.call === "recv");
    const sends = result.events.filter((e: SandboxEvent) => e.call === "send");
    expect(recvs).toHaveLength(6);
    expect(recvs.map((r) => r.bytes).sort()).toEqual(sends.map((s) => s.bytes).sort());
    expect(result.events.some((e) => e.call === "listen" || e.call === "accept")).toBe(false);
  });

  it("tcp-stream-boundaries: K sends arrive as fewer recv()s with every byte", async () => {
    const result = await runScenario("tcp-stream-boundaries", { messages: 8 });
    const sent = result.events.filter((e) => e.call === "send").reduce((n, e) => n + e.bytes!, 0);
    const recvs = result.events.filter((e) => e.call === "recv");
    expect(recvs.reduce((n, e) => n + e.bytes!, 0)).toBe(sent);
    expect(recvs.length).toBeLessThan(8);
  });
});

describe("deadline and cancellation", () => {
  it("a viewer that goes away cancels the run and every handle is closed", async () => {
    const controller = new AbortController();
    const result = await runScenario("listen-backlog", { backlog: 1 }, {
      signal: controller.signal,
      onEvent: (e) => {
        if (e.highlight === "accept-queue") controller.abort();
      },
    });
    expect(result.summary.aborted).toBe("cancelled");
  });
  it("runs never exceed the hard deadline", async () => {
    const result = await runScenario("listen-backlog", { backlog: 1 }, { deadlineMs: 200 });
    expect(result.summary.aborted).toBe("deadline");
    expect(result.summary.durationMs).toBeLessThan(1000);
  });
});
