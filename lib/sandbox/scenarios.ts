/**
 * The ten scenarios. Each runs real sockets on the loopback, records what it did, takes the
 * kernel's socket table at the moments that matter, and returns the facts it established —
 * every number in them comes from the OS.
 */
import net from "node:net";
import { ephemeralRange } from "./kernel";
import { bindUdp, closeTcp, connectTcp, errnoOf, listenTcp, LOOPBACK, recvTcp, sendTcp } from "./primitives";
import { endpointOf, preview, Run } from "./run";
import type { Pair, SandboxScenarioId, ScenarioParams } from "./types";

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
};
