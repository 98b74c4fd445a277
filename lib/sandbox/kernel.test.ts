import { describe, expect, it } from "vitest";
import { parseProcNet } from "./kernel";
import type { KernelRow } from "./types";

describe("/proc/net parsing", () => {
  it("decodes little-endian IPv4 addresses, hex ports, states and queues", () => {
    const text = [
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
      "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000003 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0",
      "   1: 0100007F:917E 0100007F:1F90 06 00000000:00000000 03:00001462 00000000     0        0 0 3 0",
    ].join("\n");
    expect(parseProcNet(text, "tcp")).toEqual([
      { proto: "tcp", state: "LISTEN", local: { address: "127.0.0.1", port: 8080 }, remote: { address: "0.0.0.0", port: 0 }, txQueue: 0, rxQueue: 3 },
      {
        proto: "tcp",
        state: "TIME_WAIT",
        local: { address: "127.0.0.1", port: 37246 },
        remote: { address: "127.0.0.1", port: 8080 },
        txQueue: 0,
        rxQueue: 0,
        timer: { kind: "timewait", ms: 52180, retrans: 0 },
      },
    ]);
  });
  it("decodes timers: keepalive with its unanswered probes, persist, retransmit, and one already due", () => {
    const text = [
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
      "   0: 0100007F:917E 0100007F:1F90 01 00000000:00000000 02:00000060 00000000     0        2 1 1 0 100 0 0 10 0",
      "   1: 0100007F:917F 0100007F:1F90 01 0038B300:00000000 04:00000014 00000000     0        0 2 1 0 100 0 0 10 0",
      "   2: 0100007F:9180 0100007F:1F90 01 0000000A:00000000 01:00000015 0000000B     0        0 3 1 0 100 0 0 10 0",
      "   3: 0100007F:9181 0100007F:1F90 01 00000000:00000000 02:FFFFFFFFFFFFFFFE 00000000     0        0 4 1 0 100 0 0 10 0",
    ].join("\n");
    const rows = parseProcNet(text, "tcp");
    expect(rows.map((r) => r.timer)).toEqual([
      { kind: "keepalive", ms: 960, retrans: 2 },
      { kind: "persist", ms: 200, retrans: 0 },
      { kind: "on", ms: 210, retrans: 11 },
      { kind: "keepalive", ms: 0, retrans: 0 },
    ]);
    expect(rows[1]!.txQueue).toBe(0x38b300);
    expect(parseProcNet("h\n   0: 0100007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 1", "udp")[0]!.timer).toBeUndefined();
  });
  it("decodes IPv6 loopback and v4-mapped addresses", () => {
    const text = [
      "header",
      "   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1",
      "   1: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000100007F:D431 01 00000000:00000000 00:00000000 00000000 0 0 2",
    ].join("\n");
    const rows = parseProcNet(text, "tcp6");
    expect(rows[0]!.local).toEqual({ address: "::1", port: 8080 });
    expect(rows[1]!.local).toEqual({ address: "::ffff:127.0.0.1", port: 80 });
    expect(rows[1]!.state).toBe("ESTABLISHED");
  });
  it("UDP state 07 is shown as UNCONN", () => {
    const text = "h\n   0: 0100007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 1";
    expect(parseProcNet(text, "udp")[0]!.state).toBe("UNCONN");
  });
});

/** What both sources report alike: timers' kinds and counts (the clocks differ: ms vs 1/100 s), no tcp_info. */
function comparable(r: KernelRow) {
  const { tcpInfo: _info, timer, ...rest } = r;
  return { ...rest, txQueue: r.state === "LISTEN" ? 0 : r.txQueue, timer: timer && { kind: timer.kind, retrans: timer.retrans } };
}

describe.runIf(process.platform === "linux")("netlink and /proc/net agree", () => {
  it("the same sockets, states and queues from both sources", async () => {
    const net = await import("node:net");
    const { snapshot, snapshotFromProc, kernelViewSource } = await import("./kernel");
    const server = net.createServer().listen({ host: "127.0.0.1", port: 0, backlog: 5 });
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as import("node:net").AddressInfo).port;
    const client = net.connect(port, "127.0.0.1");
    await new Promise((r) => client.once("connect", r));
    await new Promise((r) => setTimeout(r, 20));
    const ports = [port, client.localPort!];
    const ours = (r: KernelRow) => (r.local.port === port && [0, client.localPort].includes(r.remote.port)) || (r.local.port === client.localPort && r.remote.port === port);
    const fromProc = snapshotFromProc(ports).filter(ours).map(comparable);
    const fromSnapshot = snapshot(ports).rows.filter(ours).map(comparable);
    expect(fromSnapshot).toEqual(fromProc);
    expect(fromSnapshot.map((r) => r.state).sort()).toEqual(["ESTABLISHED", "ESTABLISHED", "LISTEN"]);
    expect(["netlink", "proc"]).toContain(kernelViewSource());
    client.destroy();
    server.close();
  });

  it("IPv6 rows, v4-mapped peers and keepalive timers agree too; netlink adds tcp_info", async () => {
    const net = await import("node:net");
    const { snapshot, snapshotFromProc, tcpInfoAvailable } = await import("./kernel");
    const server = net.createServer().listen({ host: "::ffff:127.0.0.1", port: 0, ipv6Only: false });
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as import("node:net").AddressInfo).port;
    const client = net.connect(port, "127.0.0.1");
    await new Promise((r) => client.once("connect", r));
    client.setKeepAlive(true, 5000);
    await new Promise((r) => setTimeout(r, 20));
    const ports = [port, client.localPort!];
    // Only these three sockets: other test files' TIME_WAITs may share a port number.
    const ours: (r: KernelRow) => boolean = (r: KernelRow) => (r.local.port === port && [0, client.localPort].includes(r.remote.port)) || (r.local.port === client.localPort && r.remote.port === port);
    const rows = snapshot(ports, { ipv6: true, tcpInfo: true }).rows.filter(ours);
    expect(rows.map(comparable)).toEqual(snapshotFromProc(ports, { ipv6: true }).filter(ours).map(comparable));
    expect(rows.map((r) => `${r.proto} ${r.state} ${r.local.address}`).sort()).toEqual(["tcp ESTABLISHED 127.0.0.1", "tcp6 ESTABLISHED ::ffff:127.0.0.1", "tcp6 LISTEN ::ffff:127.0.0.1"]);
    const mine = rows.find((r) => r.local.port === client.localPort)!;
    expect(mine.timer?.kind).toBe("keepalive");
    expect(mine.timer!.ms).toBeGreaterThan(4000);
    expect(mine.timer!.ms).toBeLessThanOrEqual(5000);
    if (tcpInfoAvailable()) expect(mine.tcpInfo?.segsOut).toBeGreaterThanOrEqual(1);
    else expect(mine.tcpInfo).toBeUndefined();
    client.destroy();
    server.close();
  });
});
