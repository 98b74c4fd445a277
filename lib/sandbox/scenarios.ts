/**
 * The scenarios. Each runs real sockets on the loopback, records what it did, takes the
 * kernel's socket table at the moments that matter, and returns the facts it established —
 * every number in them comes from the OS.
 */
import net from "node:net";
import { ephemeralRange, keepaliveDefaults, loopbackOnlyNetwork } from "./kernel";
import { bindUdp, closeTcp, connectTcp, errnoOf, listenTcp, LOOPBACK, LOOPBACK6, LOOPBACK_MAPPED, recvTcp, sendTcp, tryConnectTcp, WILDCARD6 } from "./primitives";
import { endpointOf, preview, Run } from "./run";
import type { KernelRow, Pair, SandboxScenarioId, ScenarioParams } from "./types";

export type Fact = { id: string; text: Pair };
type Scenario<S extends SandboxScenarioId> = (run: Run, p: ScenarioParams<S>) => Promise<Fact[]>;

const tcpEcho: Scenario<"tcp-echo"> = async (run) => {
  const l = await listenTcp(run);
  const c = await connectTcp(run, l.port, 1);
  const a = l.accepted[0] ?? (await run.wait(new Promise<{ id: string; socket: net.Socket }>((r) => l.onAccept(r))));
  run.kernel({ ko: "커널 표: LISTEN 소켓 하나와 양방향 ESTABLISHED 연결", en: "Kernel table: one LISTEN socket and the ESTABLISHED connection, both directions" }, "four-tuple");
  const got = recvTcp(run, "server", a.id, a.socket);
  sendTcp(run, c.actor, c.id, c.socket, "hello");
  const msg = await got;
  const echoed = recvTcp(run, c.actor, c.id, c.socket);
  sendTcp(run, "server", a.id, a.socket, msg.toString());
  await echoed;
  await closeTcp(run, c.actor, c.id, c.socket);
  return [
    { id: "listening-port", text: { ko: `서버는 포트 ${l.port}에서 대기했습니다.`, en: `The server listened on port ${l.port}.` } },
    { id: "client-port", text: { ko: `클라이언트는 커널이 고른 임시 포트 ${c.local.port}에서 접속했습니다.`, en: `The client connected from ephemeral port ${c.local.port}, chosen by the kernel.` } },
    {
      id: "four-tuple",
      text: {
        ko: `accept된 소켓의 4-튜플: ${a.socket.localAddress}:${a.socket.localPort} ↔ ${a.socket.remoteAddress}:${a.socket.remotePort}`,
        en: `The accepted socket's 4-tuple: ${a.socket.localAddress}:${a.socket.localPort} ↔ ${a.socket.remoteAddress}:${a.socket.remotePort}`,
      },
    },
  ];
};

const tcpMultiClient: Scenario<"tcp-multi-client"> = async (run, { clients }) => {
  const l = await listenTcp(run);
  const cs = [];
  for (let i = 1; i <= clients; i++) cs.push(await connectTcp(run, l.port, i));
  while (l.accepted.length < clients) await run.sleep(1);
  run.kernel(
    {
      ko: `커널 표: LISTEN 1개 + 서버 포트 ${l.port}를 공유하는 ESTABLISHED ${clients}개 — 클라이언트 포트만 다릅니다`,
      en: `Kernel table: 1 LISTEN + ${clients} ESTABLISHED sharing server port ${l.port} — only the client ports differ`,
    },
    "shared-port",
  );
  for (const c of cs) await closeTcp(run, c.actor, c.id, c.socket);
  const ports = l.accepted.map((a) => a.socket.remotePort);
  return [
    { id: "shared-port", text: { ko: `accept된 소켓 ${clients}개 모두 로컬 포트가 ${l.port}입니다.`, en: `All ${clients} accepted sockets have local port ${l.port}.` } },
    { id: "client-ports", text: { ko: `서로 다른 클라이언트 포트: ${ports.join(", ")}`, en: `They differ only in the client port: ${ports.join(", ")}` } },
    { id: "listener-stays", text: { ko: `리스닝 소켓 ${l.id}는 계속 LISTEN 상태입니다.`, en: `Listening socket ${l.id} stayed in LISTEN.` } },
  ];
};

const udpDatagram: Scenario<"udp-datagram"> = async (run, { clients, messages }) => {
  const server = await bindUdp(run, "server");
  const expected = clients * messages;
  const received: { from: string; size: number }[] = [];
  const done = new Promise<void>((resolve) => {
    server.socket.on("message", (msg, rinfo) => {
      if (run.signal.aborted) return;
      received.push({ from: `${rinfo.address}:${rinfo.port}`, size: msg.length });
      run.emit({
        actor: "server",
        call: "recv",
        socket: server.id,
        local: { address: LOOPBACK, port: server.port },
        remote: { address: rinfo.address, port: rinfo.port },
        bytes: msg.length,
        data: preview(msg),
        note: {
          ko: `recvfrom(): 데이터그램 1개(${msg.length}바이트)와 보낸 쪽 주소 ${rinfo.address}:${rinfo.port}`,
          en: `recvfrom(): one datagram (${msg.length} bytes) with its sender ${rinfo.address}:${rinfo.port}`,
        },
        highlight: "datagram-boundary",
      });
      if (received.length === expected) resolve();
    });
  });
  const senders = [];
  for (let i = 1; i <= clients; i++) senders.push({ actor: `client-${i}`, ...(await bindUdp(run, `client-${i}`)) });
  for (let m = 1; m <= messages; m++)
    for (const s of senders) {
      const payload = Buffer.from(`${s.actor} #${m} ${"·".repeat(m)}`);
      s.socket.send(payload, server.port, LOOPBACK);
      run.emit({
        actor: s.actor,
        call: "send",
        socket: s.id,
        local: { address: LOOPBACK, port: s.port },
        remote: { address: LOOPBACK, port: server.port },
        bytes: payload.length,
        data: preview(payload),
        note: { ko: `sendto(): 연결 없이 ${server.port}번으로 데이터그램 전송`, en: `sendto(): a datagram to port ${server.port}, no connection` },
      });
    }
  await run.wait(done);
  run.kernel({ ko: "커널 표: UDP 소켓은 상태가 없습니다(LISTEN도 ESTABLISHED도 아님)", en: "Kernel table: UDP sockets have no connection state (no LISTEN, no ESTABLISHED)" });
  return [
    { id: "no-accept", text: { ko: "listen()도 accept()도 없이 서버 소켓 하나가 모든 데이터그램을 받았습니다.", en: "With no listen() and no accept(), one server socket received every datagram." } },
    { id: "boundaries", text: { ko: `${expected}번 보내고 ${received.length}번 받았습니다: 메시지 경계가 유지됩니다.`, en: `${expected} sends arrived as ${received.length} datagrams: message boundaries are kept.` } },
    { id: "senders", text: { ko: `보낸 쪽 주소: ${[...new Set(received.map((r) => r.from))].join(", ")}`, en: `Senders seen: ${[...new Set(received.map((r) => r.from))].join(", ")}` } },
  ];
};

const tcpStreamBoundaries: Scenario<"tcp-stream-boundaries"> = async (run, { messages }) => {
  const l = await listenTcp(run);
  const c = await connectTcp(run, l.port, 1);
  while (l.accepted.length < 1) await run.sleep(1);
  const a = l.accepted[0]!;
  a.socket.pause(); // the server is busy for a moment: its recv() comes later
  for (let i = 1; i <= messages; i++) sendTcp(run, c.actor, c.id, c.socket, `msg${i};`);
  await run.sleep(20);
  run.kernel({ ko: "커널 표: 서버 쪽 수신 큐(rx)에 바이트가 쌓여 있습니다", en: "Kernel table: bytes waiting in the server's receive queue (rx)" }, "byte-stream");
  let bytes = 0;
  let chunks = 0;
  const want = Array.from({ length: messages }, (_, i) => `msg${i + 1};`).join("").length;
  a.socket.resume();
  while (bytes < want) {
    const chunk = await recvTcp(run, "server", a.id, a.socket);
    bytes += chunk.length;
    chunks++;
  }
  await closeTcp(run, c.actor, c.id, c.socket);
  return [
    {
      id: "byte-stream",
      text: {
        ko: `send() ${messages}번이 recv() ${chunks}번으로 도착했습니다(${bytes}바이트): TCP는 메시지 경계가 없는 바이트 스트림입니다.`,
        en: `${messages} send() calls arrived as ${chunks} recv() call${chunks === 1 ? "" : "s"} (${bytes} bytes): TCP is a byte stream with no message boundaries.`,
      },
    },
  ];
};

const portInUse: Scenario<"port-in-use"> = async (run) => {
  const l = await listenTcp(run);
  const second = run.track(net.createServer());
  run.emit({ actor: "server", call: "socket", socket: "L2", note: { ko: "두 번째 TCP 소켓 생성", en: "Create a second TCP socket" } });
  const errno = await run.wait(
    new Promise<string>((resolve) => {
      second.once("error", (err) => resolve(errnoOf(err)));
      second.listen({ host: LOOPBACK, port: l.port }, () => resolve("OK"));
    }),
  );
  run.emit({
    actor: "server",
    call: errno === "OK" ? "bind" : "error",
    socket: "L2",
    local: { address: LOOPBACK, port: l.port },
    errno: errno === "OK" ? undefined : errno,
    note: { ko: `같은 주소·포트 ${l.port}에 다시 bind → ${errno}`, en: `bind to the same address and port ${l.port} again → ${errno}` },
    highlight: "eaddrinuse",
  });
  const udp = await bindUdp(run, "server", l.port);
  run.kernel({ ko: `커널 표: 같은 번호 ${l.port}에 TCP LISTEN과 UDP 소켓이 함께 있습니다(포트 공간이 따로)`, en: `Kernel table: TCP LISTEN and a UDP socket on the same number ${l.port} (separate port spaces)` });
  return [
    { id: "eaddrinuse", text: { ko: `두 번째 TCP bind(${l.port})는 ${errno}로 실패했습니다.`, en: `A second TCP bind(${l.port}) failed with ${errno}.` } },
    { id: "udp-separate", text: { ko: `UDP 소켓은 같은 번호 ${udp.port}에 문제없이 bind됐습니다.`, en: `A UDP socket bound the same number ${udp.port} without trouble.` } },
  ];
};

const connectionRefused: Scenario<"connection-refused"> = async (run) => {
  const l = await listenTcp(run);
  const port = l.port;
  await run.wait(new Promise<void>((r) => l.server.close(() => r())));
  run.emit({ actor: "server", call: "close", socket: l.id, local: { address: LOOPBACK, port }, note: { ko: `리스닝 소켓을 닫음: 이제 ${port}번에는 아무도 없음`, en: `Closed the listening socket: nothing listens on ${port} now` } });
  run.kernel({ ko: `커널 표: ${port}번에 LISTEN 소켓이 없습니다`, en: `Kernel table: no LISTEN socket on ${port}` });
  const id = run.nextId("C");
  run.emit({ actor: "client-1", call: "socket", socket: id, note: { ko: "클라이언트 TCP 소켓 생성", en: "Create the client's TCP socket" } });
  const socket = run.track(net.connect({ host: LOOPBACK, port }));
  const errno = await run.wait(
    new Promise<string>((resolve) => {
      socket.once("error", (err) => resolve(errnoOf(err)));
      socket.once("connect", () => resolve("CONNECTED"));
    }),
  );
  run.emit({
    actor: "client-1",
    call: "error",
    socket: id,
    remote: { address: LOOPBACK, port },
    errno,
    note: { ko: `connect(${port}) → ${errno}: 커널이 RST로 즉시 거절`, en: `connect(${port}) → ${errno}: the kernel answered with RST at once` },
    highlight: "econnrefused",
  });
  return [{ id: "refused", text: { ko: `닫힌 포트 ${port}로의 connect()는 ${errno}로 끝났습니다.`, en: `connect() to closed port ${port} ended with ${errno}.` } }];
};

/**
 * Accepting is paused by keeping the event loop busy (Node accepts from its event loop):
 * meanwhile the kernel finishes handshakes on its own and fills the accept queue.
 */
const listenBacklog: Scenario<"listen-backlog"> = async (run, { backlog }) => {
  const l = await listenTcp(run, { backlog });
  const total = backlog + 3;
  run.emit({ actor: "server", call: "listen", socket: l.id, local: { address: LOOPBACK, port: l.port }, note: { ko: `accept를 잠시 멈춤: 클라이언트 ${total}개가 접속을 시도합니다`, en: `Accepting paused: ${total} clients try to connect` } });
  const sockets: net.Socket[] = [];
  for (let i = 0; i < total; i++) sockets.push(run.track(net.connect({ host: LOOPBACK, port: l.port })));
  // Node issues each connect() on the next tick; let those run, then keep the event loop busy
  // (no I/O poll, so no accept) while the kernel completes the handshakes on its own.
  await new Promise<void>((r) => process.nextTick(r));
  const until = performance.now() + 60;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (performance.now() < until) Atomics.wait(cell, 0, 0, 5);
  for (const s of sockets) run.own(s.localPort ?? 0);
  const during = run.kernel(
    {
      ko: `accept 없이도 커널이 핸드셰이크를 끝냄: LISTEN의 rx(accept 큐)에 대기 중인 연결, 넘친 연결은 SYN_SENT로 대기`,
      en: `No accept() yet, but the kernel completed handshakes: LISTEN's rx is the accept queue; the overflow waits in SYN_SENT`,
    },
    "accept-queue",
  );
  const queued = during.kernel?.rows.find((r) => r.state === "LISTEN")?.rxQueue ?? 0;
  const waiting = during.kernel?.rows.filter((r) => r.state === "SYN_SENT").length ?? 0;
  // Resume: back on the event loop, Node accepts everything queued; SYN retries bring the rest.
  while (l.accepted.length < total) await run.sleep(5);
  run.kernel({ ko: "accept 재개 후: 모든 연결이 ESTABLISHED", en: "After accepting resumed: every connection is ESTABLISHED" });
  return [
    { id: "queue", text: { ko: `backlog=${backlog}일 때 accept 전에 커널 accept 큐에 ${queued}개가 쌓였습니다.`, en: `With backlog=${backlog}, ${queued} connections waited in the kernel's accept queue before any accept().` } },
    { id: "overflow", text: { ko: `큐가 가득 차 ${waiting}개는 SYN_SENT로 재시도를 기다렸습니다.`, en: `With the queue full, ${waiting} waited in SYN_SENT and retried.` } },
    { id: "accepted", text: { ko: `accept 재개 후 ${l.accepted.length}개 모두 accept됐습니다.`, en: `Once accepting resumed, all ${l.accepted.length} were accepted.` } },
  ];
};

const halfClose: Scenario<"half-close"> = async (run) => {
  const l = await listenTcp(run, { allowHalfOpen: true });
  const c = await connectTcp(run, l.port, 1, { allowHalfOpen: true });
  while (l.accepted.length < 1) await run.sleep(1);
  const a = l.accepted[0]!;
  const got = recvTcp(run, "server", a.id, a.socket);
  sendTcp(run, c.actor, c.id, c.socket, "request");
  await got;
  const eof = run.wait(new Promise<void>((r) => a.socket.once("end", () => r())));
  c.socket.end();
  run.emit({ actor: c.actor, call: "shutdown", socket: c.id, local: c.local, remote: c.remote, note: { ko: "shutdown(SHUT_WR): 보내기만 닫음(FIN), 받기는 계속", en: "shutdown(SHUT_WR): close the sending side only (FIN); still receiving" } });
  await eof;
  run.emit({ actor: "server", call: "recv", socket: a.id, bytes: 0, local: endpointOf(a.socket.localAddress, a.socket.localPort), remote: endpointOf(a.socket.remoteAddress, a.socket.remotePort), note: { ko: "recv()가 0 반환: 상대가 보내기를 끝냄(EOF)", en: "recv() returned 0: the peer finished sending (EOF)" } });
  await run.kernelWhen(
    { ko: "커널 표: 클라이언트 FIN_WAIT2, 서버 CLOSE_WAIT — 반만 닫힌 연결", en: "Kernel table: client FIN_WAIT2, server CLOSE_WAIT — a half-closed connection" },
    (rows) => rows.some((r) => r.state === "FIN_WAIT2") && rows.some((r) => r.state === "CLOSE_WAIT"),
    "half-close",
  );
  const reply = recvTcp(run, c.actor, c.id, c.socket);
  sendTcp(run, "server", a.id, a.socket, "reply after EOF");
  await reply;
  await closeTcp(run, "server", a.id, a.socket);
  return [
    { id: "eof-then-reply", text: { ko: "서버는 EOF를 본 뒤에도 응답을 보냈고 클라이언트는 그것을 받았습니다.", en: "The server saw EOF and still replied; the client received it." } },
  ];
};

const timeWait: Scenario<"time-wait"> = async (run) => {
  const l = await listenTcp(run);
  const c = await connectTcp(run, l.port, 1);
  while (l.accepted.length < 1) await run.sleep(1);
  const a = l.accepted[0]!;
  const serverSide = run.wait(new Promise<void>((r) => a.socket.once("close", () => r())));
  await closeTcp(run, c.actor, c.id, c.socket); // the client closes first: the active closer
  await serverSide;
  const snap = await run.kernelWhen(
    { ko: `커널 표: 먼저 닫은 클라이언트 쪽 4-튜플이 TIME_WAIT (리눅스는 60초 유지)`, en: "Kernel table: the active closer's 4-tuple sits in TIME_WAIT (60 s on Linux)" },
    (rows) => rows.some((r) => r.state === "TIME_WAIT"),
    "time-wait",
  );
  const tw = snap.kernel?.rows.find((r) => r.state === "TIME_WAIT");
  return [
    {
      id: "time-wait",
      text: tw
        ? { ko: `TIME_WAIT: ${tw.local.address}:${tw.local.port} ↔ ${tw.remote.address}:${tw.remote.port}`, en: `TIME_WAIT: ${tw.local.address}:${tw.local.port} ↔ ${tw.remote.address}:${tw.remote.port}` }
        : { ko: "커널 표를 볼 수 없어 TIME_WAIT을 확인하지 못했습니다.", en: "The kernel table is unavailable here, so TIME_WAIT could not be shown." },
    },
  ];
};

const ephemeralRangeScenario: Scenario<"ephemeral-range"> = async (run, { clients }) => {
  const range = ephemeralRange();
  run.emit({
    actor: "kernel",
    call: "kernel",
    note: range
      ? { ko: `ip_local_port_range = ${range[0]}–${range[1]} (임시 포트 범위)`, en: `ip_local_port_range = ${range[0]}–${range[1]} (the ephemeral range)` }
      : { ko: "이 OS에서는 임시 포트 범위를 읽을 수 없습니다", en: "The ephemeral range is not readable on this OS" },
  });
  const l = await listenTcp(run);
  const ports: number[] = [];
  for (let i = 1; i <= clients; i++) ports.push((await connectTcp(run, l.port, i)).local.port);
  const inside = range ? ports.filter((p) => p >= range[0] && p <= range[1]).length : 0;
  return [
    { id: "ports", text: { ko: `클라이언트 포트: ${ports.join(", ")}`, en: `Client ports: ${ports.join(", ")}` } },
    {
      id: "in-range",
      text: range
        ? { ko: `${clients}개 중 ${inside}개가 ${range[0]}–${range[1]} 범위 안에 있습니다.`, en: `${inside} of ${clients} are inside ${range[0]}–${range[1]}.` }
        : { ko: "범위를 확인할 수 없습니다.", en: "The range could not be checked." },
    },
  ];
};

/** Finds the kernel row of one socket of the run, by its local and remote ports. */
function rowOf(rows: KernelRow[], local: number, remote: number): KernelRow | undefined {
  return rows.find((r) => r.local.port === local && r.remote.port === remote);
}

const ms1 = (x: number) => Math.round(x * 10) / 10;

/** host:port, IPv6 in brackets ([::1]:80, [::ffff:127.0.0.1]:80) as `ss` prints it. */
const hp = (address: string, port: number) => (address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`);

/**
 * Nagle vs TCP_NODELAY in the write-write-read pattern: the client hands the kernel several
 * small writes at once and waits for one reply. With Nagle on, only the first small segment
 * may be in flight unacknowledged; the rest wait for an ACK — and a receiver in interactive
 * ("pingpong") mode delays its ACK. The kernel's tcp_info shows what was held and how many
 * data segments went out.
 */
const nagleNodelay: Scenario<"nagle-nodelay"> = async (run, { messages }) => {
  const l = await listenTcp(run);
  type Trial = { label: "cold" | "nagle" | "nodelay"; ms: number; reads: number[]; segs?: number; notsent?: number; unacked?: number; txQueue?: number; ato?: number };
  const trials: Trial[] = [];

  async function connection(n: number, noDelay: boolean) {
    const c = await connectTcp(run, l.port, n);
    if (noDelay) {
      c.socket.setNoDelay(true);
      run.emit({
        actor: c.actor,
        call: "setsockopt",
        socket: c.id,
        local: c.local,
        note: { ko: "setsockopt(TCP_NODELAY=1) — socket.setNoDelay(true): Nagle 알고리즘 끔", en: "setsockopt(TCP_NODELAY=1) — socket.setNoDelay(true): Nagle's algorithm off" },
      });
    }
    while (!l.accepted.some((a) => a.socket.remotePort === c.local.port)) await run.sleep(1);
    const a = l.accepted.find((x) => x.socket.remotePort === c.local.port)!;
    // The server answers once it has every byte it expects: one reply per request.
    let need = 0;
    let have = 0;
    let reads: number[] = [];
    let quiet = false;
    a.socket.on("data", (chunk: Buffer) => {
      if (run.signal.aborted) return;
      reads.push(chunk.length);
      have += chunk.length;
      if (!quiet)
        run.emit({
          actor: "server",
          call: "recv",
          socket: a.id,
          local: endpointOf(a.socket.localAddress, a.socket.localPort),
          remote: endpointOf(a.socket.remoteAddress, a.socket.remotePort),
          bytes: chunk.length,
          data: preview(chunk),
          note: { ko: `recv(): ${chunk.length}바이트 (지금까지 ${have}/${need})`, en: `recv(): ${chunk.length} bytes (${have}/${need} so far)` },
        });
      if (need && have >= need) {
        have -= need;
        need = 0;
        a.socket.write("ok");
      }
    });
    /** Writes `parts` back to back (one write() each, same tick) and waits for the reply. */
    async function request(parts: string[], opts: { quiet?: boolean; label?: Trial["label"] } = {}) {
      quiet = !!opts.quiet;
      reads = [];
      need = parts.reduce((s, p) => s + p.length, 0);
      const before = opts.label ? rowOf(run.table({ tcpInfo: true }).rows, c.local.port, l.port) : undefined;
      const reply = run.wait(new Promise<void>((r) => c.socket.once("data", () => r())));
      const t0 = performance.now();
      for (const p of parts) {
        if (opts.quiet) c.socket.write(p);
        else sendTcp(run, c.actor, c.id, c.socket, p);
      }
      // Right after the writes, before any timer can fire: what the kernel sent and what it holds.
      const during = opts.label
        ? run.kernel(
            opts.label === "nodelay"
              ? { ko: `TCP_NODELAY: write() ${parts.length}번 직후 — 보류된 바이트(notsent) 없이 모두 전송됨`, en: `TCP_NODELAY: right after ${parts.length} write()s — nothing held back (notsent), all sent` }
              : opts.label === "cold"
                ? { ko: `Nagle, 새 연결: write() ${parts.length}번 직후의 커널 상태`, en: `Nagle, fresh connection: the kernel right after ${parts.length} write()s` }
                : { ko: `Nagle: write() ${parts.length}번 직후 — 첫 조각만 나가고 나머지는 ACK를 기다리며 커널에 보류(notsent)`, en: `Nagle: right after ${parts.length} write()s — only the first piece left; the rest wait in the kernel for an ACK (notsent)` },
            opts.label === "nagle" ? "nagle" : opts.label === "nodelay" ? "nodelay" : undefined,
            { tcpInfo: true },
          )
        : undefined;
      await reply;
      const ms = performance.now() - t0;
      quiet = false;
      if (!opts.label) return;
      const after = rowOf(run.table({ tcpInfo: true }).rows, c.local.port, l.port);
      const held = during?.kernel ? rowOf(during.kernel.rows, c.local.port, l.port) : undefined;
      const server = during?.kernel ? rowOf(during.kernel.rows, l.port, c.local.port) : undefined;
      run.emit({
        actor: c.actor,
        call: "recv",
        socket: c.id,
        local: c.local,
        remote: c.remote,
        bytes: 2,
        data: "ok",
        note: { ko: `응답 도착: 첫 write()부터 ${ms1(ms)}ms`, en: `Reply arrived ${ms1(ms)} ms after the first write()` },
        highlight: opts.label === "cold" ? undefined : opts.label,
      });
      const segs = before?.tcpInfo?.dataSegsOut !== undefined && after?.tcpInfo?.dataSegsOut !== undefined ? after.tcpInfo.dataSegsOut - before.tcpInfo.dataSegsOut : undefined;
      trials.push({ label: opts.label, ms, reads: [...reads], segs, notsent: held?.tcpInfo?.notsentBytes, unacked: held?.tcpInfo?.unacked, txQueue: held?.txQueue, ato: server?.tcpInfo?.atoUs });
    }
    return { c, request };
  }

  const parts = Array.from({ length: messages }, (_, i) => `m${i + 1};`);
  // client-1, Nagle on (the default): first on a fresh connection, then after a few
  // request/reply rounds (a receiver that replies promptly switches to delayed ACKs).
  const nagle = await connection(1, false);
  await nagle.request(parts, { label: "cold" });
  for (let i = 0; i < 3; i++) await nagle.request(["ping"], { quiet: true });
  run.emit({ actor: "client-1", call: "send", socket: nagle.c.id, note: { ko: "요청/응답 3번 주고받음(타임라인 생략): 서버 커널이 대화형 연결로 보고 ACK를 지연합니다", en: "3 request/reply rounds (not shown): the server's kernel treats the connection as interactive and delays its ACKs" } });
  await nagle.request(parts, { label: "nagle" });
  // client-2, TCP_NODELAY, the same warm-up and the same writes.
  const nodelay = await connection(2, true);
  for (let i = 0; i < 3; i++) await nodelay.request(["ping"], { quiet: true });
  await nodelay.request(parts, { label: "nodelay" });

  const by = (label: Trial["label"]) => trials.find((t) => t.label === label)!;
  const [cold, on, off] = [by("cold"), by("nagle"), by("nodelay")];
  const total = parts.join("").length;
  const segText = (t: Trial) => (t.segs !== undefined ? { ko: `데이터 세그먼트 ${t.segs}개`, en: `${t.segs} data segment${t.segs === 1 ? "" : "s"}` } : { ko: "세그먼트 수는 netlink가 필요", en: "segment count needs netlink" });
  const readsText = (t: Trial) => t.reads.join(" + ");
  const coldHeld = cold.notsent !== undefined ? cold.notsent > 0 : cold.ms > on.ms / 2;
  const facts: Fact[] = [
    {
      id: "nagle",
      text: {
        ko: `Nagle 켬(대화형 연결): write() ${messages}번(${total}바이트) → ${segText(on).ko}, 서버 recv() ${readsText(on)}바이트, 응답까지 ${ms1(on.ms)}ms.${on.notsent !== undefined ? ` 쓰기 직후 커널에 보류된 바이트(notsent) ${on.notsent}, 미확인 세그먼트 ${on.unacked ?? "?"}개.` : ` 쓰기 직후 송신 큐(tx) ${on.txQueue ?? "?"}바이트.`}`,
        en: `Nagle on (interactive connection): ${messages} write()s (${total} bytes) → ${segText(on).en}, server recv()s of ${readsText(on)} bytes, reply after ${ms1(on.ms)} ms.${on.notsent !== undefined ? ` Right after the writes the kernel held ${on.notsent} bytes unsent (notsent) with ${on.unacked ?? "?"} segment${on.unacked === 1 ? "" : "s"} unacknowledged.` : ` Right after the writes the send queue (tx) held ${on.txQueue ?? "?"} bytes.`}`,
      },
    },
    {
      id: "nodelay",
      text: {
        ko: `TCP_NODELAY: 같은 write() ${messages}번 → ${segText(off).ko}, 서버 recv() ${readsText(off)}바이트, 응답까지 ${ms1(off.ms)}ms.${off.notsent !== undefined ? ` 보류된 바이트(notsent) ${off.notsent}.` : ""}`,
        en: `TCP_NODELAY: the same ${messages} write()s → ${segText(off).en}, server recv()s of ${readsText(off)} bytes, reply after ${ms1(off.ms)} ms.${off.notsent !== undefined ? ` Held back (notsent): ${off.notsent} bytes.` : ""}`,
      },
    },
    {
      id: "cold",
      text: {
        ko: `같은 Nagle 연결이 새것일 때는 응답까지 ${ms1(cold.ms)}ms(${segText(cold).ko}${cold.notsent !== undefined ? `, 보류 ${cold.notsent}바이트` : ""})${coldHeld ? "." : ": 새 연결의 수신 쪽은 ACK를 바로 보내므로(quick ACK) Nagle이 붙잡을 것이 없었습니다."}`,
        en: `On the same Nagle connection while it was fresh, the reply took ${ms1(cold.ms)} ms (${segText(cold).en}${cold.notsent !== undefined ? `, ${cold.notsent} bytes held back` : ""})${coldHeld ? "." : ": a new connection's receiver ACKs at once (quick ACK), so Nagle had nothing to hold back."}`,
      },
    },
  ];
  if (on.ato !== undefined)
    facts.push({
      id: "delayed-ack",
      text: {
        ko: `서버 소켓의 지연 ACK 타임아웃(tcp_info ato)은 ${on.ato / 1000}ms였습니다${on.ms > off.ms + on.ato / 2000 ? `: Nagle 쪽 응답이 늦은 ${ms1(on.ms - off.ms)}ms는 이 지연 ACK를 기다린 시간입니다` : ""}.`,
        en: `The server socket's delayed-ACK timeout (tcp_info ato) was ${on.ato / 1000} ms${on.ms > off.ms + on.ato / 2000 ? `: the ${ms1(on.ms - off.ms)} ms the Nagle side lost is that wait for a delayed ACK` : ""}.`,
      },
    });
  return facts;
};

/**
 * Two ways to end a connection: close() after end() sends FIN (the peer reads EOF, the closer
 * keeps the 4-tuple in TIME_WAIT); close with SO_LINGER {on, 0} — Node's resetAndDestroy() —
 * sends RST (the peer's recv fails with ECONNRESET, and no TIME_WAIT is left).
 */
const rstVsFin: Scenario<"rst-vs-fin"> = async (run) => {
  const l = await listenTcp(run);
  const fin = await connectTcp(run, l.port, 1);
  const rst = await connectTcp(run, l.port, 2);
  const acceptedFor = async (port: number) => {
    while (!l.accepted.some((a) => a.socket.remotePort === port)) await run.sleep(1);
    return l.accepted.find((a) => a.socket.remotePort === port)!;
  };
  const aFin = await acceptedFor(fin.local.port);
  const aRst = await acceptedFor(rst.local.port);
  run.kernel({ ko: "커널 표: 연결 두 개 모두 ESTABLISHED", en: "Kernel table: both connections ESTABLISHED" });
  const outcome = (a: { socket: net.Socket }) =>
    run.wait(
      new Promise<string>((resolve) => {
        a.socket.once("end", () => resolve("EOF"));
        a.socket.once("error", (err) => resolve(errnoOf(err)));
      }),
    );
  const serverEp = (a: { socket: net.Socket }) => ({ local: endpointOf(a.socket.localAddress, a.socket.localPort), remote: endpointOf(a.socket.remoteAddress, a.socket.remotePort) });

  // FIN: an orderly close.
  const finSeen = outcome(aFin);
  await closeTcp(run, fin.actor, fin.id, fin.socket);
  const finResult = await finSeen;
  run.emit({
    actor: "server",
    call: finResult === "EOF" ? "recv" : "error",
    socket: aFin.id,
    ...serverEp(aFin),
    ...(finResult === "EOF" ? { bytes: 0 } : { errno: finResult }),
    note: finResult === "EOF" ? { ko: "recv()가 0 반환(EOF): 상대가 FIN으로 정상 종료 — 서버도 닫음", en: "recv() returned 0 (EOF): the peer closed in order with FIN — the server closes too" } : { ko: `recv() → ${finResult}`, en: `recv() → ${finResult}` },
    highlight: "fin",
  });

  // RST: an abortive close.
  const rstSeen = outcome(aRst);
  const rstLocal = endpointOf(rst.socket.localAddress, rst.socket.localPort);
  const rstRemote = endpointOf(rst.socket.remoteAddress, rst.socket.remotePort);
  rst.socket.resetAndDestroy();
  run.emit({
    actor: rst.actor,
    call: "close",
    socket: rst.id,
    local: rstLocal,
    remote: rstRemote,
    note: { ko: "SO_LINGER{on, 0} 후 close() — socket.resetAndDestroy(): FIN 대신 RST 전송", en: "close() with SO_LINGER {on, 0} — socket.resetAndDestroy(): sends RST instead of FIN" },
  });
  const rstResult = await rstSeen;
  run.emit({
    actor: "server",
    call: rstResult === "EOF" ? "recv" : "error",
    socket: aRst.id,
    ...serverEp(aRst),
    ...(rstResult === "EOF" ? { bytes: 0 } : { errno: rstResult }),
    note: rstResult === "EOF" ? { ko: "recv()가 0 반환(EOF)", en: "recv() returned 0 (EOF)" } : { ko: `recv() → ${rstResult}: 상대가 연결을 리셋(RST)`, en: `recv() → ${rstResult}: the peer reset the connection (RST)` },
    highlight: "rst",
  });

  /** The reset connection's two sockets, by their 4-tuple (a port number alone may be reused at once). */
  const ofRst = (r: KernelRow) => (r.local.port === rst.local.port && r.remote.port === l.port) || (r.local.port === l.port && r.remote.port === rst.local.port);
  const snap = await run.kernelWhen(
    { ko: "커널 표: FIN으로 닫은 쪽은 TIME_WAIT, RST로 끊은 연결은 흔적 없음", en: "Kernel table: the FIN closer sits in TIME_WAIT; the reset connection left nothing" },
    (rows) => rows.some((r) => r.state === "TIME_WAIT" && r.local.port === fin.local.port) && !rows.some(ofRst),
    "time-wait",
  );
  const rows = snap.kernel?.rows ?? [];
  const tw = rowOf(rows, fin.local.port, l.port);
  const rstRows = rows.filter(ofRst);
  const view = snap.kernel?.available;
  return [
    {
      id: "fin",
      text: {
        ko: `FIN: client-1(포트 ${fin.local.port})이 end()/close()하자 서버의 recv()는 ${finResult === "EOF" ? "0(EOF)을 반환" : finResult}했습니다.`,
        en: `FIN: when client-1 (port ${fin.local.port}) called end()/close(), the server's recv() ${finResult === "EOF" ? "returned 0 (EOF)" : `failed with ${finResult}`}.`,
      },
    },
    {
      id: "rst",
      text: {
        ko: `RST: client-2(포트 ${rst.local.port})가 resetAndDestroy()하자 서버의 recv()는 ${rstResult === "EOF" ? "0(EOF)을 반환" : `${rstResult}로 실패`}했습니다.`,
        en: `RST: when client-2 (port ${rst.local.port}) called resetAndDestroy(), the server's recv() ${rstResult === "EOF" ? "returned 0 (EOF)" : `failed with ${rstResult}`}.`,
      },
    },
    {
      id: "kernel",
      text: view
        ? {
            ko: `커널 표: FIN 쪽 ${fin.local.port}번은 ${tw ? `${tw.state}${tw.timer ? `(타이머 ${Math.round(tw.timer.ms / 1000)}초 남음)` : ""}` : "행 없음"}, RST 쪽 ${rst.local.port}번 연결은 행 ${rstRows.length}개${rstRows.length ? `(${rstRows.map((r) => r.state).join(", ")})` : ": TIME_WAIT 없이 바로 사라짐"}.`,
            en: `Kernel table: the FIN side's port ${fin.local.port} is ${tw ? `${tw.state}${tw.timer ? ` (timer ${Math.round(tw.timer.ms / 1000)} s left)` : ""}` : "gone"}; the RST connection on port ${rst.local.port} has ${rstRows.length} row${rstRows.length === 1 ? "" : "s"}${rstRows.length ? ` (${rstRows.map((r) => r.state).join(", ")})` : ": gone at once, no TIME_WAIT"}.`,
          }
        : { ko: "커널 표를 볼 수 없어 TIME_WAIT 여부를 확인하지 못했습니다.", en: "The kernel table is unavailable here, so TIME_WAIT could not be checked." },
    },
  ];
};

/**
 * Flow control: the receiving application stops reading, its receive buffer fills, it
 * advertises a zero window, and the sender's kernel stops sending and arms the persist
 * (zero-window probe) timer; then Node's own write buffer grows because the kernel takes no
 * more. Bytes are capped at 16 MiB (the kernel's buffers stop far earlier).
 */
const ZW_CHUNK = 64 * 1024;
const ZW_CAP = 16 * 1024 * 1024;
const zeroWindow: Scenario<"zero-window"> = async (run) => {
  const l = await listenTcp(run);
  const c = await connectTcp(run, l.port, 1);
  while (l.accepted.length < 1) await run.sleep(1);
  const a = l.accepted[0]!;
  a.socket.pause();
  const serverEp = { local: endpointOf(a.socket.localAddress, a.socket.localPort), remote: endpointOf(a.socket.remoteAddress, a.socket.remotePort) };
  run.emit({ actor: "server", call: "recv", socket: a.id, ...serverEp, note: { ko: "서버 애플리케이션이 recv()를 멈춤(socket.pause())", en: "The server application stops calling recv() (socket.pause())" } });
  const chunk = Buffer.alloc(ZW_CHUNK, "z");
  const zeroWindowRow = (rows: KernelRow[]) => {
    const r = rowOf(rows, c.local.port, l.port);
    return !!r && (r.timer?.kind === "persist" || r.tcpInfo?.sndWnd === 0);
  };
  let written = 0;
  let stalled = false;
  let writes = 0;
  const t0 = performance.now();
  while (written < ZW_CAP && !stalled) {
    run.checkAborted();
    const ok = c.socket.write(chunk);
    written += chunk.length;
    writes++;
    if (ok) continue;
    // write() returned false: Node is holding bytes the kernel has not taken yet. Wait for
    // 'drain'; if it does not come, ask the kernel whether the peer's window is zero.
    const drained = run.wait(new Promise<boolean>((r) => c.socket.once("drain", () => r(true))));
    for (;;) {
      const got = await Promise.race([drained, run.sleep(20).then(() => false)]);
      if (got) break;
      if (zeroWindowRow(run.table({ tcpInfo: true }).rows)) {
        stalled = true;
        break;
      }
    }
  }
  const fillMs = performance.now() - t0;
  const held = c.socket.writableLength;
  run.emit({
    actor: c.actor,
    call: "send",
    socket: c.id,
    local: c.local,
    remote: c.remote,
    bytes: written,
    note: stalled
      ? {
          ko: `write(64KiB) ${writes}번 = ${written}바이트: 커널이 ${written - held}바이트를 받았고, 나머지 ${held}바이트는 Node가 들고 있음(write()가 false, 'drain' 없음 — 커널 write()가 EAGAIN)`,
          en: `write(64 KiB) × ${writes} = ${written} bytes: the kernel took ${written - held}; Node holds the other ${held} (write() returned false, no 'drain' — the kernel's write() said EAGAIN)`,
        }
      : { ko: `write(64KiB) ${writes}번 = ${written}바이트: 상한까지 썼지만 윈도우가 0이 되지 않음`, en: `write(64 KiB) × ${writes} = ${written} bytes: the cap was reached without a zero window` },
  });
  const snap = run.kernel(
    { ko: "커널 표: 서버 수신 큐(rx)가 가득 차 윈도우가 0 — 보내는 쪽은 persist(제로 윈도우 프로브) 타이머", en: "Kernel table: the server's receive queue (rx) is full, window zero — the sender runs the persist (zero-window probe) timer" },
    "zero-window",
    { tcpInfo: true },
  );
  const rows = snap.kernel?.rows ?? [];
  const sender = rowOf(rows, c.local.port, l.port);
  const receiver = rowOf(rows, l.port, c.local.port);

  // Resume: the receiver reads everything, Node's buffer and both kernel queues drain.
  let received = 0;
  let reads = 0;
  const t1 = performance.now();
  const all = run.wait(
    new Promise<void>((resolve) => {
      a.socket.on("data", (d: Buffer) => {
        received += d.length;
        reads++;
        if (received >= written) resolve();
      });
    }),
  );
  a.socket.resume();
  await all;
  const drainMs = performance.now() - t1;
  run.emit({ actor: "server", call: "recv", socket: a.id, ...serverEp, bytes: received, note: { ko: `recv() 재개: ${reads}번에 걸쳐 ${received}바이트를 모두 읽음`, en: `recv() resumed: read all ${received} bytes in ${reads} calls` } });
  const after = await run.kernelWhen(
    { ko: "커널 표: 다 읽은 뒤 양쪽 큐가 0", en: "Kernel table: after reading everything both queues are 0" },
    (rs) => {
      const s = rowOf(rs, c.local.port, l.port);
      const r = rowOf(rs, l.port, c.local.port);
      return !!s && !!r && s.txQueue === 0 && r.rxQueue === 0;
    },
    undefined,
    300,
    { tcpInfo: true },
  );
  const sAfter = after.kernel ? rowOf(after.kernel.rows, c.local.port, l.port) : undefined;
  const rAfter = after.kernel ? rowOf(after.kernel.rows, l.port, c.local.port) : undefined;
  const facts: Fact[] = [
    {
      id: "stalled",
      text: stalled
        ? {
            ko: `수신 쪽이 읽지 않자 ${ms1(fillMs)}ms 만에 커널이 더 받지 않았습니다: ${written}바이트를 write()했고 커널이 ${written - held}바이트를 받아 두었으며 ${held}바이트는 Node의 버퍼(writableLength)에 남았습니다.`,
            en: `With the receiver not reading, the kernel stopped taking bytes after ${ms1(fillMs)} ms: ${written} bytes written, ${written - held} taken by the kernel, ${held} left in Node's own buffer (writableLength).`,
          }
        : { ko: `${written}바이트(상한)를 쓸 때까지 제로 윈도우가 보이지 않았습니다.`, en: `No zero window was seen before the ${written}-byte cap.` },
    },
  ];
  if (sender && receiver)
    facts.push({
      id: "queues",
      text: {
        ko: `커널 표: 서버 수신 큐(Recv-Q) ${receiver.rxQueue}바이트(읽히지 않음), 클라이언트 송신 큐(Send-Q) ${sender.txQueue}바이트(상대가 아직 확인하지 않음${sender.tcpInfo?.notsentBytes !== undefined ? `, 그중 ${sender.tcpInfo.notsentBytes}바이트는 아직 보내지도 못함` : ""}).`,
        en: `Kernel table: the server's Recv-Q holds ${receiver.rxQueue} bytes (unread); the client's Send-Q holds ${sender.txQueue} bytes (not yet acknowledged${sender.tcpInfo?.notsentBytes !== undefined ? `; ${sender.tcpInfo.notsentBytes} of them not even sent` : ""}).`,
      },
    });
  if (sender)
    facts.push({
      id: "window",
      text: {
        ko: `${sender.tcpInfo?.sndWnd !== undefined ? `상대가 알린 수신 윈도우: ${sender.tcpInfo.sndWnd}바이트. ` : ""}보내는 쪽 타이머: ${sender.timer ? `${sender.timer.kind}(${sender.timer.ms}ms 뒤)` : "없음"}${sender.timer?.kind === "persist" ? " — 윈도우가 다시 열렸는지 묻는 제로 윈도우 프로브 타이머입니다." : "."}`,
        en: `${sender.tcpInfo?.sndWnd !== undefined ? `The peer's advertised window: ${sender.tcpInfo.sndWnd} bytes. ` : ""}The sender's timer: ${sender.timer ? `${sender.timer.kind} (due in ${sender.timer.ms} ms)` : "none"}${sender.timer?.kind === "persist" ? " — the zero-window probe timer that asks whether the window has opened." : "."}`,
      },
    });
  facts.push({
    id: "drained",
    text: {
      ko: `resume() 후 ${ms1(drainMs)}ms 동안 서버가 ${received}바이트를 모두 읽었고, 큐는 rx ${rAfter?.rxQueue ?? "?"} / tx ${sAfter?.txQueue ?? "?"}가 됐습니다.`,
      en: `After resume() the server read all ${received} bytes in ${ms1(drainMs)} ms; the queues went to rx ${rAfter?.rxQueue ?? "?"} / tx ${sAfter?.txQueue ?? "?"}.`,
    },
  });
  return facts;
};

/**
 * TCP keepalive on an idle connection: socket.setKeepAlive(true, 1000) sets SO_KEEPALIVE and
 * TCP_KEEPIDLE = 1 s. The kernel arms the keepalive timer (ss -o: timer:(keepalive,…)); when it
 * fires it sends a probe with no data, the peer's kernel answers with an ACK, and the timer is
 * re-armed for the probe interval. Observed in the kernel table within the run's deadline.
 */
const keepaliveProbes: Scenario<"keepalive-probes"> = async (run) => {
  const defaults = keepaliveDefaults();
  if (defaults)
    run.emit({
      actor: "kernel",
      call: "kernel",
      note: {
        ko: `시스템 기본값: tcp_keepalive_time=${defaults.timeSec}초, intvl=${defaults.intvlSec}초, probes=${defaults.probes} (/proc/sys/net/ipv4)`,
        en: `System defaults: tcp_keepalive_time=${defaults.timeSec} s, intvl=${defaults.intvlSec} s, probes=${defaults.probes} (/proc/sys/net/ipv4)`,
      },
    });
  const l = await listenTcp(run);
  const c = await connectTcp(run, l.port, 1);
  while (l.accepted.length < 1) await run.sleep(1);
  const clientRow = (rows: KernelRow[]) => rowOf(rows, c.local.port, l.port);
  const serverRow = (rows: KernelRow[]) => rowOf(rows, l.port, c.local.port);
  const off = run.kernel({ ko: "커널 표: keepalive를 켜기 전 — 유휴 연결에 타이머 없음", en: "Kernel table: before keepalive — no timer on the idle connection" }, undefined, { tcpInfo: true });
  c.socket.setKeepAlive(true, 1000);
  const tSet = performance.now();
  run.emit({
    actor: c.actor,
    call: "setsockopt",
    socket: c.id,
    local: c.local,
    note: { ko: "setsockopt(SO_KEEPALIVE=1, TCP_KEEPIDLE=1초) — socket.setKeepAlive(true, 1000)", en: "setsockopt(SO_KEEPALIVE=1, TCP_KEEPIDLE=1 s) — socket.setKeepAlive(true, 1000)" },
  });
  const armed = run.kernel({ ko: "커널 표: 클라이언트 소켓에 keepalive 타이머가 걸림(서버 소켓에는 없음)", en: "Kernel table: a keepalive timer on the client socket (none on the server's)" }, "keepalive-timer", { tcpInfo: true });
  const armedRow = armed.kernel ? clientRow(armed.kernel.rows) : undefined;
  const armedServer = armed.kernel ? serverRow(armed.kernel.rows) : undefined;
  // Wait for the probe: tcp_info's segment counters move (netlink), or the timer is re-armed
  // further out than it had left (either source).
  let prev = armedRow?.timer?.ms ?? 0;
  let fired = false;
  while (!fired && performance.now() - tSet < 2000) {
    await run.sleep(25);
    const row = clientRow(run.table({ tcpInfo: true }).rows);
    if (!row) break;
    const segs = row.tcpInfo?.segsIn !== undefined && armedRow?.tcpInfo?.segsIn !== undefined && row.tcpInfo.segsIn > armedRow.tcpInfo.segsIn;
    const rearmed = row.timer?.kind === "keepalive" && row.timer.ms > prev + 100;
    fired = segs || rearmed;
    prev = row.timer?.ms ?? prev;
  }
  const tProbe = performance.now() - tSet;
  const after = run.kernel(
    { ko: "커널 표: 프로브가 나가고 ACK가 돌아온 뒤 — 타이머가 다음 프로브 간격으로 다시 걸림", en: "Kernel table: after the probe and its ACK — the timer re-armed for the next probe interval" },
    "keepalive-probe",
    { tcpInfo: true },
  );
  const afterRow = after.kernel ? clientRow(after.kernel.rows) : undefined;
  const afterServer = after.kernel ? serverRow(after.kernel.rows) : undefined;
  const offRow = off.kernel ? clientRow(off.kernel.rows) : undefined;
  const d = (k: "segsOut" | "segsIn" | "dataSegsOut" | "dataSegsIn", from?: KernelRow, to?: KernelRow) =>
    from?.tcpInfo?.[k] !== undefined && to?.tcpInfo?.[k] !== undefined ? `${from.tcpInfo[k]}→${to.tcpInfo[k]}` : undefined;
  const facts: Fact[] = [
    {
      id: "armed",
      text: armedRow?.timer?.kind === "keepalive"
        ? {
            ko: `setKeepAlive 전에는 ${offRow?.timer ? `타이머 ${offRow.timer.kind}` : "타이머가 없었고"}, 직후 커널 표에 timer:(keepalive, ${armedRow.timer.ms}ms)가 생겼습니다. 서버 소켓: ${armedServer?.timer ? armedServer.timer.kind : "타이머 없음"} — keepalive는 소켓마다 켭니다.`,
            en: `Before setKeepAlive ${offRow?.timer ? `the timer was ${offRow.timer.kind}` : "there was no timer"}; right after, the kernel table shows timer:(keepalive, ${armedRow.timer.ms} ms). The server socket: ${armedServer?.timer ? armedServer.timer.kind : "no timer"} — keepalive is per socket.`,
          }
        : { ko: `keepalive 타이머가 커널 표에 보이지 않았습니다(${armedRow?.timer?.kind ?? "타이머 없음"}).`, en: `No keepalive timer showed in the kernel table (${armedRow?.timer?.kind ?? "no timer"}).` },
    },
  ];
  if (fired) {
    const out = d("segsOut", armedRow, afterRow);
    const inn = d("segsIn", armedRow, afterRow);
    const dataBefore = armedRow?.tcpInfo?.dataSegsOut;
    const dataAfter = afterRow?.tcpInfo?.dataSegsOut;
    const data =
      dataBefore === undefined || dataAfter === undefined
        ? { ko: "데이터 세그먼트 수는 알 수 없음", en: "data segments unknown" }
        : dataBefore === dataAfter
          ? { ko: `데이터 세그먼트는 ${dataAfter}개 그대로 — 데이터 없는 세그먼트입니다`, en: `data segments still ${dataAfter} — a segment with no data` }
          : { ko: `데이터 세그먼트 ${dataBefore}→${dataAfter}`, en: `data segments ${dataBefore}→${dataAfter}` };
    const srvIn = d("segsIn", armedServer, afterServer);
    facts.push({
      id: "probe",
      text: out
        ? {
            ko: `setKeepAlive 후 약 ${Math.round(tProbe)}ms까지(25ms 간격으로 확인) 프로브가 나갔습니다: 클라이언트 세그먼트 송신 ${out}, 수신 ${inn}(상대 커널의 ACK), ${data.ko}. 서버 소켓 수신 ${srvIn}, 서버 애플리케이션은 아무것도 읽지 않았습니다.`,
            en: `By about ${Math.round(tProbe)} ms after setKeepAlive (checked every 25 ms) the probe had gone out: the client's segments out ${out}, in ${inn} (the peer kernel's ACK), ${data.en}. The server socket's segments in ${srvIn}; the server application read nothing.`,
          }
        : {
            ko: `setKeepAlive 후 약 ${Math.round(tProbe)}ms까지 keepalive 타이머가 만료되어 다시 걸렸습니다(이때 프로브를 보냄). 세그먼트 수는 netlink 판독기가 있어야 보입니다.`,
            en: `By about ${Math.round(tProbe)} ms after setKeepAlive the keepalive timer had expired and been re-armed (that is when the probe is sent). Segment counts need the netlink reader.`,
          },
    });
    if (afterRow?.timer?.kind === "keepalive")
      facts.push({
        id: "interval",
        text: {
          ko: `그 뒤 타이머는 ${afterRow.timer.ms}ms로 다시 걸렸습니다: 이 소켓의 프로브 간격(TCP_KEEPINTVL)입니다${defaults && afterRow.timer.ms < (defaults.intvlSec * 1000) / 2 ? `. 시스템 기본값 ${defaults.intvlSec}초가 아니므로 이 소켓에는 자체 간격이 설정되어 있습니다(Node의 libuv가 설정)` : ""}.`,
          en: `Then the timer was re-armed for ${afterRow.timer.ms} ms: this socket's probe interval (TCP_KEEPINTVL)${defaults && afterRow.timer.ms < (defaults.intvlSec * 1000) / 2 ? `. Not the system default of ${defaults.intvlSec} s, so the socket carries its own interval (set by Node's libuv)` : ""}.`,
        },
      });
  } else facts.push({ id: "probe", text: { ko: "실행 시간 안에 프로브가 보이지 않았습니다.", en: "No probe was seen within the run's time." } });
  return facts;
};

/**
 * IPv6 and dual stack: a listener on [::1], and an AF_INET6 listener with IPV6_V6ONLY=0 that
 * accepts an IPv4 client — the accepted socket names its peer ::ffff:127.0.0.1. The wildcard
 * [::] is bound only where the loopback is the sole interface (the private namespace); elsewhere
 * the dual-stack listener binds the IPv4-mapped loopback ::ffff:127.0.0.1 instead.
 */
const ipv6DualStack: Scenario<"ipv6-dual-stack"> = async (run) => {
  let v6: Awaited<ReturnType<typeof listenTcp>>;
  try {
    v6 = await listenTcp(run, { host: LOOPBACK6 });
  } catch (err) {
    const errno = errnoOf(err);
    run.emit({ actor: "server", call: "error", socket: "L1", errno, note: { ko: `[::1]에 bind 실패 → ${errno}: 이 호스트에는 IPv6 루프백이 없습니다`, en: `bind to [::1] failed → ${errno}: this host has no IPv6 loopback` } });
    return [{ id: "no-ipv6", text: { ko: `이 호스트에서는 IPv6를 쓸 수 없습니다([::1] bind → ${errno}). IPv6 시나리오는 건너뜁니다.`, en: `IPv6 is not available on this host (bind to [::1] → ${errno}); the IPv6 steps were skipped.` } }];
  }
  const c1 = await connectTcp(run, v6.port, 1, { host: LOOPBACK6 });
  const wildcard = loopbackOnlyNetwork();
  const dsHost = wildcard ? WILDCARD6 : LOOPBACK_MAPPED;
  const ds = await listenTcp(run, { host: dsHost, ipv6Only: false, label: { ko: `듀얼 스택 리스너 [${wildcard ? WILDCARD6 : LOOPBACK_MAPPED}]`, en: `dual-stack listener [${wildcard ? WILDCARD6 : LOOPBACK_MAPPED}]` } });
  const c2 = await connectTcp(run, ds.port, 2);
  while (ds.accepted.length < 1) await run.sleep(1);
  const a2 = ds.accepted[0]!;
  const snap = await run.kernelWhen(
    { ko: "커널 표: 같은 연결이 클라이언트 쪽은 tcp(IPv4), 서버 쪽은 tcp6(::ffff:127.0.0.1)로 보입니다", en: "Kernel table: one connection — a tcp (IPv4) row on the client's side, a tcp6 row (::ffff:127.0.0.1) on the server's" },
    (rows) => rows.some((r) => r.proto === "tcp6" && r.local.port === ds.port && r.remote.port === c2.local.port),
    "v4-mapped",
  );
  const rows = snap.kernel?.rows ?? [];
  const v4Row = rows.find((r) => r.proto === "tcp" && r.local.port === c2.local.port && r.remote.port === ds.port);
  const v6Row = rows.find((r) => r.proto === "tcp6" && r.local.port === ds.port && r.remote.port === c2.local.port);
  const listenRow = rows.find((r) => r.proto === "tcp6" && r.state === "LISTEN" && r.local.port === ds.port);
  const facts: Fact[] = [
    { id: "ipv6-loopback", text: { ko: `IPv6 사용 가능: [::1]:${v6.port} 리스너가 [::1]:${c1.local.port} 클라이언트를 받았습니다.`, en: `IPv6 works here: a listener on [::1]:${v6.port} accepted a client from [::1]:${c1.local.port}.` } },
    {
      id: "dual-stack",
      text: {
        ko: `AF_INET6 리스너 [${dsHost}]:${ds.port}(IPV6_V6ONLY=0)가 IPv4 클라이언트 127.0.0.1:${c2.local.port}를 받았고, accept된 소켓의 remoteAddress는 ${a2.socket.remoteAddress}입니다.`,
        en: `An AF_INET6 listener on [${dsHost}]:${ds.port} (IPV6_V6ONLY=0) accepted an IPv4 client from 127.0.0.1:${c2.local.port}; the accepted socket's remoteAddress is ${a2.socket.remoteAddress}.`,
      },
    },
  ];
  if (snap.kernel?.available)
    facts.push({
      id: "kernel-rows",
      text: {
        ko: `커널 표: ${listenRow ? `LISTEN ${listenRow.proto} ${hp(listenRow.local.address, listenRow.local.port)}; ` : ""}${v4Row ? `클라이언트 ${v4Row.proto} ${hp(v4Row.local.address, v4Row.local.port)} → ${hp(v4Row.remote.address, v4Row.remote.port)}` : "클라이언트 행 없음"}; ${v6Row ? `서버 ${v6Row.proto} ${hp(v6Row.local.address, v6Row.local.port)} ↔ ${hp(v6Row.remote.address, v6Row.remote.port)}` : "서버 행 없음"}.`,
        en: `Kernel table: ${listenRow ? `LISTEN ${listenRow.proto} ${hp(listenRow.local.address, listenRow.local.port)}; ` : ""}${v4Row ? `client ${v4Row.proto} ${hp(v4Row.local.address, v4Row.local.port)} → ${hp(v4Row.remote.address, v4Row.remote.port)}` : "no client row"}; ${v6Row ? `server ${v6Row.proto} ${hp(v6Row.local.address, v6Row.local.port)} ↔ ${hp(v6Row.remote.address, v6Row.remote.port)}` : "no server row"}.`,
      },
    });
  if (wildcard) {
    const only = await listenTcp(run, { host: WILDCARD6, ipv6Only: true, label: { ko: "IPv6 전용 리스너 [::]", en: "IPv6-only listener [::]" } });
    const v4 = await tryConnectTcp(run, only.port, 3, LOOPBACK);
    run.emit({
      actor: v4.actor,
      call: v4.errno === "CONNECTED" ? "connect" : "error",
      socket: v4.id,
      remote: { address: LOOPBACK, port: only.port },
      ...(v4.errno !== "CONNECTED" && { errno: v4.errno }),
      note: { ko: `IPv4 클라이언트 → 127.0.0.1:${only.port} (리스너는 IPV6_V6ONLY=1): ${v4.errno}`, en: `IPv4 client → 127.0.0.1:${only.port} (the listener has IPV6_V6ONLY=1): ${v4.errno}` },
      highlight: "v6only",
    });
    const c4 = await connectTcp(run, only.port, 4, { host: LOOPBACK6 });
    facts.push({
      id: "v6only",
      text: {
        ko: `IPV6_V6ONLY=1인 [::]:${only.port}에는 IPv4 클라이언트가 ${v4.errno === "CONNECTED" ? "접속했고" : `${v4.errno}를 받았고`}, [::1]:${c4.local.port} 클라이언트는 접속했습니다.`,
        en: `On [::]:${only.port} with IPV6_V6ONLY=1 the IPv4 client ${v4.errno === "CONNECTED" ? "connected" : `got ${v4.errno}`}, while a client from [::1]:${c4.local.port} connected.`,
      },
    });
  } else {
    let errno = "OK";
    try {
      await listenTcp(run, { host: LOOPBACK_MAPPED, ipv6Only: true, label: { ko: "IPv6 전용 소켓 [::ffff:127.0.0.1]", en: "IPv6-only socket [::ffff:127.0.0.1]" } });
    } catch (err) {
      errno = errnoOf(err);
    }
    run.emit({
      actor: "server",
      call: errno === "OK" ? "bind" : "error",
      ...(errno !== "OK" && { errno }),
      note: { ko: `IPV6_V6ONLY=1 소켓을 ::ffff:127.0.0.1에 bind → ${errno}`, en: `bind an IPV6_V6ONLY=1 socket to ::ffff:127.0.0.1 → ${errno}` },
      highlight: "v6only",
    });
    facts.push({
      id: "v6only",
      text: {
        ko: `IPV6_V6ONLY=1 소켓은 IPv4 매핑 주소 ::ffff:127.0.0.1에 bind할 수 ${errno === "OK" ? "있었습니다" : `없습니다(${errno})`}: v6 전용 소켓은 IPv4를 받지 않습니다. (여기는 루프백 외 인터페이스가 있어 [::] 와일드카드 대신 ::ffff:127.0.0.1을 썼습니다.)`,
        en: `An IPV6_V6ONLY=1 socket ${errno === "OK" ? "could" : `could not (${errno})`} bind the IPv4-mapped address ::ffff:127.0.0.1: a v6-only socket takes no IPv4. (This host has interfaces besides the loopback, so the dual-stack listener used ::ffff:127.0.0.1 rather than the [::] wildcard.)`,
      },
    });
  }
  return facts;
};

export const SCENARIOS: { [S in SandboxScenarioId]: Scenario<S> } = {
  "tcp-echo": tcpEcho,
  "tcp-multi-client": tcpMultiClient,
  "udp-datagram": udpDatagram,
  "tcp-stream-boundaries": tcpStreamBoundaries,
  "port-in-use": portInUse,
  "connection-refused": connectionRefused,
  "listen-backlog": listenBacklog,
  "half-close": halfClose,
  "time-wait": timeWait,
  "ephemeral-range": ephemeralRangeScenario,
  "nagle-nodelay": nagleNodelay,
  "rst-vs-fin": rstVsFin,
  "zero-window": zeroWindow,
  "keepalive-probes": keepaliveProbes,
  "ipv6-dual-stack": ipv6DualStack,
};
