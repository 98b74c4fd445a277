import { describe, expect, it } from "vitest";
import { parseProcNet } from "./kernel";

describe("/proc/net parsing", () => {
  it("decodes little-endian IPv4 addresses, hex ports, states and queues", () => {
    const text = [
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
      "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000003 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0",
      "   1: 0100007F:917E 0100007F:1F90 06 00000000:00000000 03:00001462 00000000     0        0 0 3 0",
    ].join("\n");
    expect(parseProcNet(text, "tcp")).toEqual([
      { proto: "tcp", state: "LISTEN", local: { address: "127.0.0.1", port: 8080 }, remote: { address: "0.0.0.0", port: 0 }, txQueue: 0, rxQueue: 3 },
      { proto: "tcp", state: "TIME_WAIT", local: { address: "127.0.0.1", port: 37246 }, remote: { address: "127.0.0.1", port: 8080 }, txQueue: 0, rxQueue: 0 },
    ]);
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
    const fromProc = snapshotFromProc(ports).map((r) => ({ ...r, txQueue: r.state === "LISTEN" ? 0 : r.txQueue }));
    const fromSnapshot = snapshot(ports).rows.map((r) => ({ ...r, txQueue: r.state === "LISTEN" ? 0 : r.txQueue }));
    expect(fromSnapshot).toEqual(fromProc);
    expect(fromSnapshot.map((r) => r.state).sort()).toEqual(["ESTABLISHED", "ESTABLISHED", "LISTEN"]);
    expect(["netlink", "proc"]).toContain(kernelViewSource());
    client.destroy();
    server.close();
  });
});
