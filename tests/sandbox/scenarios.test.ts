/**
 * Truth: every fact a scenario reports is checked against the OS itself — `ss -tn` (or
 * /proc/net/tcp read here independently), ip_local_port_range, and the real errno codes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { probeNamespace, runIsolated, stopWorker } from "@/lib/sandbox/isolation";
import { loopbackOnlyNetwork, tcpInfoAvailable } from "@/lib/sandbox/kernel";
import { listenTcp, connectTcp, type ConnectHost, type ListenHost } from "@/lib/sandbox/primitives";
import { Run } from "@/lib/sandbox/run";
import { runScenario } from "@/lib/sandbox/runner";
import type { KernelRow, SandboxEvent } from "@/lib/sandbox/types";

const linux = process.platform === "linux";
/** ::1 is configured on this host's loopback (/proc/net/if_inet6 lists it). */
const hasIpv6 = linux && existsSync("/proc/net/if_inet6") && /^0{31}1 .* lo$/m.test(readFileSync("/proc/net/if_inet6", "utf8"));

afterAll(() => stopWorker());

const rowAt = (rows: KernelRow[], local: number, remote: number) => rows.find((r) => r.local.port === local && r.remote.port === remote);

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

describe.runIf(linux)("new scenarios agree with the kernel", () => {
  it("nagle-nodelay: Nagle holds the small writes behind an unacknowledged one and the delayed ACK stalls the reply; TCP_NODELAY sends each at once", async () => {
    const result = await runScenario("nagle-nodelay", { messages: 5 });
    expect(result.summary.aborted).toBeUndefined();
    const listenPort = result.events.find((e) => e.call === "listen")!.local!.port;
    const clientPort = (actor: string) => result.events.find((e) => e.call === "connect" && e.actor === actor)!.local!.port;
    const burst = (label: "nagle" | "nodelay") => {
      const kernelAt = result.events.findIndex((e) => e.call === "kernel" && e.highlight === label);
      const replyAt = result.events.findIndex((e) => e.call === "recv" && e.highlight === label);
      expect(kernelAt).toBeGreaterThan(0);
      expect(replyAt).toBeGreaterThan(kernelAt);
      const sends = result.events.slice(0, kernelAt).filter((e) => e.call === "send" && e.bytes && e.actor === (label === "nagle" ? "client-1" : "client-2")).slice(-5);
      const reads = result.events.slice(kernelAt, replyAt).filter((e) => e.call === "recv" && e.actor === "server").map((e) => e.bytes!);
      const row = rowAt(result.events[kernelAt]!.kernel!.rows, clientPort(label === "nagle" ? "client-1" : "client-2"), listenPort);
      return { sends, reads, row, ms: result.events[replyAt]!.t - result.events[kernelAt]!.t };
    };
    const on = burst("nagle");
    const off = burst("nodelay");
    const total = on.sends.reduce((n, e) => n + e.bytes!, 0);
    expect(total).toBe(15); // "m1;" … "m5;"
    // Nagle: the first small write left alone; the other four arrived later, together.
    expect(on.reads[0]).toBe(on.sends[0]!.bytes);
    expect(on.reads.reduce((a, b) => a + b, 0)).toBe(total);
    expect(on.reads.length).toBeGreaterThanOrEqual(2);
    // The reply waited for the receiver's delayed ACK: Linux never sends it sooner than 40 ms.
    expect(on.ms).toBeGreaterThan(30);
    expect(off.reads.reduce((a, b) => a + b, 0)).toBe(total);
    expect(off.ms).toBeLessThan(on.ms);
    if (tcpInfoAvailable()) {
      expect(on.row?.tcpInfo?.notsentBytes).toBe(total - on.sends[0]!.bytes!);
      expect(on.row?.tcpInfo?.unacked).toBe(1);
      expect(off.row?.tcpInfo?.notsentBytes).toBe(0);
    }
  });

  it("rst-vs-fin: FIN gives the peer EOF and leaves TIME_WAIT; RST gives ECONNRESET and leaves nothing", async () => {
    const result = await runScenario("rst-vs-fin", {});
    expect(result.summary.aborted).toBeUndefined();
    const finPort = result.events.find((e) => e.call === "connect" && e.actor === "client-1")!.local!.port;
    const rstPort = result.events.find((e) => e.call === "connect" && e.actor === "client-2")!.local!.port;
    expect(result.events.find((e) => e.highlight === "fin")).toMatchObject({ call: "recv", bytes: 0 });
    expect(result.events.find((e) => e.highlight === "rst")).toMatchObject({ call: "error", errno: "ECONNRESET" });
    const rows = result.events.find((e) => e.highlight === "time-wait")!.kernel!.rows;
    const listenPort = result.events.find((e) => e.call === "listen")!.local!.port;
    expect(rowAt(rows, finPort, listenPort)?.state).toBe("TIME_WAIT");
    expect(rowAt(rows, rstPort, listenPort)).toBeUndefined();
    expect(rowAt(rows, listenPort, rstPort)).toBeUndefined();
  });

  it("zero-window: with the receiver paused the window hits zero, the sender runs the persist timer, and every byte arrives after resume", async () => {
    const result = await runScenario("zero-window", {});
    expect(result.summary.aborted).toBeUndefined();
    const listenPort = result.events.find((e) => e.call === "listen")!.local!.port;
    const clientPort = result.events.find((e) => e.call === "connect")!.local!.port;
    const zw = result.events.find((e) => e.highlight === "zero-window")!.kernel!.rows;
    const sender = rowAt(zw, clientPort, listenPort)!;
    const receiver = rowAt(zw, listenPort, clientPort)!;
    expect(sender.timer?.kind).toBe("persist");
    if (tcpInfoAvailable()) expect(sender.tcpInfo?.sndWnd).toBe(0);
    expect(receiver.rxQueue).toBeGreaterThan(0);
    expect(sender.txQueue).toBeGreaterThan(0);
    const written = result.events.find((e) => e.call === "send")!.bytes!;
    const read = result.events.filter((e) => e.call === "recv" && e.bytes).at(-1)!.bytes!;
    // Everything written: what the kernels held plus what Node still held.
    expect(written).toBeGreaterThanOrEqual(sender.txQueue + receiver.rxQueue);
    expect(read).toBe(written);
    const after = result.events.filter((e) => e.call === "kernel").at(-1)!.kernel!.rows;
    expect(rowAt(after, clientPort, listenPort)!.txQueue).toBe(0);
    expect(rowAt(after, listenPort, clientPort)!.rxQueue).toBe(0);
  });

  it("keepalive-probes: the kernel arms a keepalive timer on the client only, then a data-less probe goes out and is ACKed", async () => {
    const result = await runScenario("keepalive-probes", {});
    expect(result.summary.aborted).toBeUndefined();
    const listenPort = result.events.find((e) => e.call === "listen")!.local!.port;
    const clientPort = result.events.find((e) => e.call === "connect")!.local!.port;
    const armed = result.events.find((e) => e.highlight === "keepalive-timer")!.kernel!.rows;
    const armedClient = rowAt(armed, clientPort, listenPort)!;
    expect(armedClient.timer?.kind).toBe("keepalive");
    expect(armedClient.timer!.ms).toBeGreaterThan(0);
    expect(armedClient.timer!.ms).toBeLessThanOrEqual(1000);
    expect(rowAt(armed, listenPort, clientPort)!.timer).toBeUndefined();
    const before = result.events.filter((e) => e.call === "kernel" && e.kernel).find((e) => e.kernel!.rows.some((r) => r.state === "ESTABLISHED"))!.kernel!.rows;
    expect(rowAt(before, clientPort, listenPort)!.timer).toBeUndefined();
    const probed = result.events.find((e) => e.highlight === "keepalive-probe")!.kernel!.rows;
    const after = rowAt(probed, clientPort, listenPort)!;
    expect(after.timer?.kind).toBe("keepalive");
    if (tcpInfoAvailable()) {
      expect(after.tcpInfo!.segsOut).toBe(armedClient.tcpInfo!.segsOut! + 1);
      expect(after.tcpInfo!.segsIn).toBe(armedClient.tcpInfo!.segsIn! + 1);
      expect(after.tcpInfo!.dataSegsOut).toBe(armedClient.tcpInfo!.dataSegsOut);
      expect(rowAt(probed, listenPort, clientPort)!.tcpInfo!.bytesReceived).toBe(0);
    }
  }, 20_000);

  it.runIf(hasIpv6)("ipv6-dual-stack: an IPv6 listener accepts an IPv4 client as ::ffff:127.0.0.1, in both the tcp and tcp6 tables", async () => {
    const result = await runScenario("ipv6-dual-stack", {});
    expect(result.summary.aborted).toBeUndefined();
    const listens = result.events.filter((e) => e.call === "listen");
    const dsPort = listens[1]!.local!.port;
    const c2 = result.events.find((e) => e.call === "connect" && e.actor === "client-2")!;
    expect(c2.local!.address).toBe("127.0.0.1");
    const accept = result.events.find((e) => e.call === "accept" && e.local!.port === dsPort)!;
    expect(accept.remote).toEqual({ address: "::ffff:127.0.0.1", port: c2.local!.port });
    const rows = result.events.find((e) => e.highlight === "v4-mapped")!.kernel!.rows;
    expect(rows).toContainEqual(expect.objectContaining({ proto: "tcp", state: "ESTABLISHED", local: { address: "127.0.0.1", port: c2.local!.port }, remote: { address: "127.0.0.1", port: dsPort } }));
    expect(rows).toContainEqual(expect.objectContaining({ proto: "tcp6", state: "ESTABLISHED", local: { address: "::ffff:127.0.0.1", port: dsPort }, remote: { address: "::ffff:127.0.0.1", port: c2.local!.port } }));
    expect(rows).toContainEqual(expect.objectContaining({ proto: "tcp6", state: "LISTEN", local: { address: loopbackOnlyNetwork() ? "::" : "::ffff:127.0.0.1", port: dsPort } }));
    expect(rows.filter((r) => r.proto === "tcp6" && r.local.address === "::1" && r.state === "ESTABLISHED")).toHaveLength(2);
    // Here (in-process, other interfaces exist) the v6-only step is a bind of the mapped address.
    expect(result.events.find((e) => e.highlight === "v6only")?.errno).toBe(loopbackOnlyNetwork() ? "ECONNREFUSED" : "EINVAL");
  });

  it.runIf(hasIpv6 && probeNamespace().ok)(
    "ipv6-dual-stack in the private namespace: [::] with V6ONLY=0 takes IPv4, with V6ONLY=1 refuses it (ECONNREFUSED) and takes ::1",
    async () => {
      const result = await runIsolated("ipv6-dual-stack", {});
      expect(result.summary.aborted).toBeUndefined();
      const rows = result.events.find((e) => e.highlight === "v4-mapped")!.kernel!.rows;
      const dsPort = result.events.filter((e) => e.call === "listen")[1]!.local!.port;
      expect(rows).toContainEqual(expect.objectContaining({ proto: "tcp6", state: "LISTEN", local: { address: "::", port: dsPort } }));
      expect(result.events.find((e) => e.call === "accept" && e.local!.port === dsPort)!.remote!.address).toBe("::ffff:127.0.0.1");
      expect(result.events.find((e) => e.highlight === "v6only")).toMatchObject({ call: "error", errno: "ECONNREFUSED" });
      expect(result.events.find((e) => e.call === "connect" && e.actor === "client-4")!.local!.address).toBe("::1");
    },
    30_000,
  );
});

describe("the loopback rule holds for the new hosts", () => {
  it("a wildcard listener is refused where other interfaces exist, and clients reach only the loopback", async () => {
    const run = new Run(new AbortController().signal);
    try {
      if (!loopbackOnlyNetwork()) await expect(listenTcp(run, { host: "::" })).rejects.toThrow(/wildcard/);
      await expect(listenTcp(run, { host: "0.0.0.0" as ListenHost })).rejects.toThrow(/loopback/);
      await expect(listenTcp(run, { host: "::ffff:10.0.0.1" as ListenHost })).rejects.toThrow(/loopback/);
      const l = await listenTcp(run);
      await expect(connectTcp(run, l.port, 1, { host: "10.0.0.1" as ConnectHost })).rejects.toThrow(/loopback/);
      await expect(connectTcp(run, l.port, 1, { host: "::ffff:127.0.0.1" as ConnectHost })).rejects.toThrow(/loopback/);
      await expect(connectTcp(run, 22, 1, { host: "::1" })).rejects.toThrow(/did not create/);
    } finally {
      await run.closeAll();
    }
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
