/**
 * Building blocks shared by the scenarios: a listening TCP server, a client that connects to a
 * port of this run, and a UDP socket — each recording what it did with the numbers the OS
 * reported. Hosts are fixed to the loopback; ports come only from sockets of this run.
 */
import dgram from "node:dgram";
import net from "node:net";
import { loopbackOnlyNetwork } from "./kernel";
import { endpointOf, preview, Run } from "./run";
import type { Endpoint } from "./types";

export const LOOPBACK = "127.0.0.1";
export const LOOPBACK6 = "::1";
/** IPv4's loopback as an IPv6 socket names it (an IPv4-mapped IPv6 address). */
export const LOOPBACK_MAPPED = "::ffff:127.0.0.1";
/** The IPv6 wildcard: bound only where the loopback is the sole interface (the private namespace). */
export const WILDCARD6 = "::";

/** Where a listener may bind: the loopback in either family, or [::] inside a loopback-only namespace. */
export type ListenHost = typeof LOOPBACK | typeof LOOPBACK6 | typeof LOOPBACK_MAPPED | typeof WILDCARD6;
/** Where a client may connect: the loopback in either family (and only to this run's ports). */
export type ConnectHost = typeof LOOPBACK | typeof LOOPBACK6;

const LOOPBACK_PEERS = new Set([LOOPBACK, LOOPBACK6, LOOPBACK_MAPPED]);

export interface Listener {
  server: net.Server;
  id: string;
  port: number;
  /** Accepted sockets, in order, with their ids. */
  accepted: { id: string; socket: net.Socket }[];
  onAccept: (fn: (a: { id: string; socket: net.Socket }) => void) => void;
}

/**
 * socket() + bind(host, 0) + listen(backlog) — Node does the three in one listen() call.
 * `host` is the loopback (127.0.0.1 by default, ::1, ::ffff:127.0.0.1); [::] is refused unless
 * the loopback is this network namespace's only interface. `ipv6Only` sets IPV6_V6ONLY.
 */
export async function listenTcp(
  run: Run,
  opts: { backlog?: number; allowHalfOpen?: boolean; host?: ListenHost; ipv6Only?: boolean; label?: { ko: string; en: string } } = {},
): Promise<Listener> {
  const host = opts.host ?? LOOPBACK;
  if (![LOOPBACK, LOOPBACK6, LOOPBACK_MAPPED, WILDCARD6].includes(host)) throw new Error("refusing to listen outside the loopback");
  if (host === WILDCARD6 && !loopbackOnlyNetwork()) throw new Error("refusing a wildcard bind where other interfaces exist");
  if (host !== LOOPBACK) run.ipv6 = true;
  const id = run.nextId("L");
  const server = run.track(net.createServer({ allowHalfOpen: opts.allowHalfOpen ?? false }));
  const accepted: Listener["accepted"] = [];
  const acceptHooks: ((a: { id: string; socket: net.Socket }) => void)[] = [];
  server.on("connection", (socket) => {
    run.track(socket);
    // Only the loopback can reach these listeners; anything else is dropped unseen.
    if (!LOOPBACK_PEERS.has(socket.remoteAddress ?? "")) return void socket.destroy();
    const a = { id: run.nextId("A"), socket };
    accepted.push(a);
    if (!run.signal.aborted)
      run.emit({
        actor: "server",
        call: "accept",
        socket: a.id,
        local: endpointOf(socket.localAddress, socket.localPort),
        remote: endpointOf(socket.remoteAddress, socket.remotePort),
        note: {
          ko: `accept()가 새 소켓 ${a.id}를 돌려줌: 서버 포트 ${socket.localPort}는 그대로, 상대는 ${socket.remoteAddress}:${socket.remotePort}`,
          en: `accept() returned a new socket ${a.id}: same server port ${socket.localPort}, peer ${socket.remoteAddress}:${socket.remotePort}`,
        },
        highlight: "accept-new-socket",
      });
    for (const hook of acceptHooks) hook(a);
  });
  const family = host === LOOPBACK ? "AF_INET" : "AF_INET6";
  run.emit({
    actor: "server",
    call: "socket",
    socket: id,
    note: opts.label ? { ko: `TCP 소켓 생성 (${family}, SOCK_STREAM) — ${opts.label.ko}`, en: `Create a TCP socket (${family}, SOCK_STREAM) — ${opts.label.en}` } : { ko: `TCP 소켓 생성 (${family === "AF_INET" ? "" : `${family}, `}SOCK_STREAM)`, en: `Create a TCP socket (${family === "AF_INET" ? "" : `${family}, `}SOCK_STREAM)` },
  });
  await run.wait(
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port: 0, backlog: opts.backlog ?? 511, ...(opts.ipv6Only !== undefined && { ipv6Only: opts.ipv6Only }) }, () => {
        server.off("error", reject);
        resolve();
      });
    }),
  );
  const addr = server.address() as net.AddressInfo;
  run.own(addr.port);
  const local: Endpoint = { address: addr.address, port: addr.port };
  run.emit({
    actor: "server",
    call: "bind",
    socket: id,
    local,
    note:
      host === LOOPBACK
        ? { ko: `포트 0으로 bind → 커널이 빈 포트 ${addr.port}를 골라 줌`, en: `bind to port 0 → the kernel picked free port ${addr.port}` }
        : {
            ko: `bind([${addr.address}]:0${opts.ipv6Only !== undefined ? `, IPV6_V6ONLY=${opts.ipv6Only ? 1 : 0}` : ""}) → 커널이 빈 포트 ${addr.port}를 골라 줌`,
            en: `bind([${addr.address}]:0${opts.ipv6Only !== undefined ? `, IPV6_V6ONLY=${opts.ipv6Only ? 1 : 0}` : ""}) → the kernel picked free port ${addr.port}`,
          },
  });
  run.emit({
    actor: "server",
    call: "listen",
    socket: id,
    local,
    note: {
      ko: `listen(backlog=${opts.backlog ?? 511}): 연결 요청을 받는 리스닝 소켓이 됨`,
      en: `listen(backlog=${opts.backlog ?? 511}): now a listening socket that takes connection requests`,
    },
  });
  return { server, id, port: addr.port, accepted, onAccept: (fn) => acceptHooks.push(fn) };
}

export interface Client {
  socket: net.Socket;
  id: string;
  actor: string;
  local: Endpoint;
  remote: Endpoint;
}

/** socket() + connect(127.0.0.1:port or [::1]:port): the kernel binds an ephemeral local port. */
export async function connectTcp(run: Run, port: number, n: number, opts: { allowHalfOpen?: boolean; quiet?: boolean; host?: ConnectHost; noDelay?: boolean } = {}): Promise<Client> {
  if (!run.ports.has(port)) throw new Error("refusing to connect to a port this run did not create");
  const host = opts.host ?? LOOPBACK;
  if (host !== LOOPBACK && host !== LOOPBACK6) throw new Error("refusing to connect outside the loopback");
  if (host !== LOOPBACK) run.ipv6 = true;
  const id = run.nextId("C");
  const actor = `client-${n}`;
  if (!opts.quiet)
    run.emit({
      actor,
      call: "socket",
      socket: id,
      note: host === LOOPBACK ? { ko: "클라이언트 TCP 소켓 생성", en: "Create the client's TCP socket" } : { ko: "클라이언트 TCP 소켓 생성 (AF_INET6)", en: "Create the client's TCP socket (AF_INET6)" },
    });
  const socket = run.track(net.connect({ host, port, allowHalfOpen: opts.allowHalfOpen ?? false, ...(opts.noDelay !== undefined && { noDelay: opts.noDelay }) }));
  await run.wait(
    new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    }),
  );
  run.own(socket.localPort);
  const local = endpointOf(socket.localAddress, socket.localPort);
  const remote = endpointOf(socket.remoteAddress, socket.remotePort);
  run.emit({
    actor,
    call: "connect",
    socket: id,
    local,
    remote,
    note: {
      ko: `connect() 완료: bind 없이 커널이 임시 포트 ${local.port}를 배정, 4-튜플 ${local.address}:${local.port} ↔ ${remote.address}:${remote.port}`,
      en: `connect() done: no bind, the kernel assigned ephemeral port ${local.port}; 4-tuple ${local.address}:${local.port} ↔ ${remote.address}:${remote.port}`,
    },
    highlight: "ephemeral-port",
  });
  return { socket, id, actor, local, remote };
}

export function sendTcp(run: Run, actor: string, id: string, socket: net.Socket, text: string): void {
  const buf = Buffer.from(text);
  socket.write(buf);
  run.emit({
    actor,
    call: "send",
    socket: id,
    local: endpointOf(socket.localAddress, socket.localPort),
    remote: endpointOf(socket.remoteAddress, socket.remotePort),
    bytes: buf.length,
    data: preview(buf),
    note: { ko: `send(): ${buf.length}바이트를 송신 버퍼에 넘김`, en: `send(): handed ${buf.length} bytes to the send buffer` },
  });
}

/** Resolves with the next chunk read from `socket` (one recv()), recorded as an event. */
export function recvTcp(run: Run, actor: string, id: string, socket: net.Socket): Promise<Buffer> {
  return run.wait(
    new Promise<Buffer>((resolve, reject) => {
      socket.once("data", (chunk: Buffer) => {
        run.emit({
          actor,
          call: "recv",
          socket: id,
          local: endpointOf(socket.localAddress, socket.localPort),
          remote: endpointOf(socket.remoteAddress, socket.remotePort),
          bytes: chunk.length,
          data: preview(chunk),
          note: { ko: `recv(): ${chunk.length}바이트를 수신 버퍼에서 읽음`, en: `recv(): read ${chunk.length} bytes from the receive buffer` },
        });
        resolve(chunk);
      });
      socket.once("error", reject);
    }),
  );
}

export function closeTcp(run: Run, actor: string, id: string, socket: net.Socket): Promise<void> {
  const local = endpointOf(socket.localAddress, socket.localPort);
  const remote = endpointOf(socket.remoteAddress, socket.remotePort);
  socket.end();
  run.emit({ actor, call: "close", socket: id, local, remote, note: { ko: "close(): 연결 종료(FIN 전송)", en: "close(): close the connection (sends FIN)" } });
  return run.wait(new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once("close", () => resolve()))));
}

export async function bindUdp(run: Run, actor: string, port = 0): Promise<{ socket: dgram.Socket; id: string; port: number }> {
  if (port !== 0 && !run.ports.has(port)) throw new Error("refusing to bind a port this run did not create");
  const id = run.nextId("U");
  const socket = run.track(dgram.createSocket("udp4"));
  run.emit({ actor, call: "socket", socket: id, note: { ko: "UDP 소켓 생성 (SOCK_DGRAM)", en: "Create a UDP socket (SOCK_DGRAM)" } });
  await run.wait(
    new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(port, LOOPBACK, () => {
        socket.off("error", reject);
        resolve();
      });
    }),
  );
  const addr = socket.address();
  run.own(addr.port);
  run.emit({
    actor,
    call: "bind",
    socket: id,
    local: { address: addr.address, port: addr.port },
    note:
      port === 0
        ? { ko: `UDP bind(포트 0) → 커널이 ${addr.port}번을 배정`, en: `UDP bind(port 0) → the kernel assigned ${addr.port}` }
        : { ko: `UDP bind(${port}) 성공`, en: `UDP bind(${port}) succeeded` },
  });
  return { socket, id, port: addr.port };
}

/**
 * connect() that may fail: resolves with the errno (ECONNREFUSED…) or "CONNECTED". Same rules
 * as connectTcp — the loopback, and only a port this run created.
 */
export async function tryConnectTcp(run: Run, port: number, n: number, host: ConnectHost = LOOPBACK): Promise<{ errno: string; socket: net.Socket; id: string; actor: string }> {
  if (!run.ports.has(port)) throw new Error("refusing to connect to a port this run did not create");
  if (host !== LOOPBACK && host !== LOOPBACK6) throw new Error("refusing to connect outside the loopback");
  const id = run.nextId("C");
  const actor = `client-${n}`;
  run.emit({ actor, call: "socket", socket: id, note: { ko: `클라이언트 TCP 소켓 생성 (${host === LOOPBACK ? "AF_INET" : "AF_INET6"})`, en: `Create the client's TCP socket (${host === LOOPBACK ? "AF_INET" : "AF_INET6"})` } });
  const socket = run.track(net.connect({ host, port }));
  const errno = await run.wait(
    new Promise<string>((resolve) => {
      socket.once("error", (err) => resolve(errnoOf(err)));
      socket.once("connect", () => resolve("CONNECTED"));
    }),
  );
  if (errno === "CONNECTED") run.own(socket.localPort);
  return { errno, socket, id, actor };
}

/** The errno name of a Node socket error (EADDRINUSE, ECONNREFUSED…). */
export function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? "UNKNOWN";
}
