/** What the sandbox offers: each scenario's titles, what to notice, and its parameter schema. */
import { z } from "zod";
import { paramSchemas, SANDBOX_SCENARIOS, type Pair, type SandboxScenarioId } from "./types";

export interface ScenarioInfo {
  id: SandboxScenarioId;
  title: Pair;
  summary: Pair;
  /** Short "what to notice" points, tied to the questions' key points. */
  notice: Pair[];
  /** The event highlight id of the moment that shows the scenario's point. */
  highlight: string;
}

export const SCENARIO_INFO: Record<SandboxScenarioId, Omit<ScenarioInfo, "id">> = {
  "tcp-echo": {
    highlight: "four-tuple",
    title: { ko: "TCP 에코: 소켓 호출 한 바퀴", en: "TCP echo: the whole call sequence" },
    summary: { ko: "서버가 socket/bind/listen/accept, 클라이언트가 connect, 메시지를 한 번씩 주고받고 닫습니다.", en: "The server does socket/bind/listen/accept, the client connects, one message each way, then close." },
    notice: [
      { ko: "서버 포트는 bind에서, 클라이언트 포트는 connect에서 커널이 정합니다.", en: "The kernel picks the server's port at bind and the client's at connect." },
      { ko: "accept된 소켓의 4-튜플이 이 연결을 식별합니다.", en: "The accepted socket's 4-tuple identifies this connection." },
    ],
  },
  "tcp-multi-client": {
    highlight: "shared-port",
    title: { ko: "한 포트, 여러 소켓", en: "One port, many sockets" },
    summary: { ko: "클라이언트 여러 개가 한 서버 포트에 접속합니다.", en: "Several clients connect to one server port." },
    notice: [
      { ko: "accept된 소켓이 모두 서버 포트를 공유하고 클라이언트 포트만 다릅니다.", en: "Every accepted socket shares the server port; only the client port differs." },
      { ko: "리스닝 소켓은 계속 LISTEN으로 남습니다.", en: "The listening socket stays in LISTEN." },
    ],
  },
  "udp-datagram": {
    highlight: "datagram-boundary",
    title: { ko: "UDP 데이터그램", en: "UDP datagrams" },
    summary: { ko: "listen도 accept도 없이 소켓 하나가 여러 보낸 쪽의 데이터그램을 받습니다.", en: "No listen, no accept: one socket receives datagrams from several senders." },
    notice: [
      { ko: "데이터그램마다 보낸 쪽 주소가 함께 옵니다.", en: "Each datagram arrives with its sender's address." },
      { ko: "보낸 횟수만큼 따로 받습니다: 메시지 경계가 유지됩니다.", en: "As many receives as sends: message boundaries are kept." },
    ],
  },
  "tcp-stream-boundaries": {
    highlight: "byte-stream",
    title: { ko: "TCP는 바이트 스트림", en: "TCP is a byte stream" },
    summary: { ko: "여러 번 보낸 메시지가 더 적은 수의 recv로 붙어서 도착합니다.", en: "Several sends arrive as fewer, merged recv() chunks." },
    notice: [{ ko: "send 횟수와 recv 횟수는 다릅니다. 경계는 애플리케이션이 정해야 합니다.", en: "send and recv counts differ: the application must frame its messages." }],
  },
  "port-in-use": {
    highlight: "eaddrinuse",
    title: { ko: "이미 사용 중인 포트 (EADDRINUSE)", en: "Port already in use (EADDRINUSE)" },
    summary: { ko: "같은 주소·포트에 두 번째 TCP bind는 실패하고, UDP는 같은 번호를 씁니다.", en: "A second TCP bind to the same address and port fails; UDP can use the same number." },
    notice: [
      { ko: "실제 errno는 EADDRINUSE입니다.", en: "The real errno is EADDRINUSE." },
      { ko: "TCP와 UDP의 포트 공간은 따로입니다.", en: "TCP and UDP have separate port spaces." },
    ],
  },
  "connection-refused": {
    highlight: "econnrefused",
    title: { ko: "연결 거부 (ECONNREFUSED)", en: "Connection refused (ECONNREFUSED)" },
    summary: { ko: "bind했다가 닫은 포트로 connect하면 즉시 거절됩니다.", en: "Connecting to a port that was bound and then closed is refused at once." },
    notice: [{ ko: "아무도 listen하지 않으면 커널이 RST로 답해 ECONNREFUSED가 됩니다.", en: "With nothing listening, the kernel answers RST: ECONNREFUSED." }],
  },
  "listen-backlog": {
    highlight: "accept-queue",
    title: { ko: "listen backlog와 accept 큐", en: "The listen backlog and the accept queue" },
    summary: { ko: "accept를 멈춘 동안 커널이 핸드셰이크를 끝내 큐에 쌓고, 넘친 클라이언트는 기다립니다.", en: "While accepting is paused the kernel completes handshakes into the queue; the overflow waits." },
    notice: [
      { ko: "LISTEN 행의 rx가 accept 큐에 쌓인 연결 수입니다(리눅스는 backlog+1).", en: "The LISTEN row's rx is the accept queue length (backlog+1 on Linux)." },
      { ko: "넘친 연결은 SYN_SENT로 남아 재시도합니다.", en: "The overflow stays in SYN_SENT and retries." },
    ],
  },
  "half-close": {
    highlight: "half-close",
    title: { ko: "하프 클로즈 (shutdown)", en: "Half-close (shutdown)" },
    summary: { ko: "클라이언트가 보내기만 닫아도 서버는 EOF를 본 뒤 응답할 수 있습니다.", en: "The client closes only its sending side; the server sees EOF and still replies." },
    notice: [{ ko: "커널 표에서 FIN_WAIT2와 CLOSE_WAIT를 확인하세요.", en: "Look for FIN_WAIT2 and CLOSE_WAIT in the kernel table." }],
  },
  "time-wait": {
    highlight: "time-wait",
    title: { ko: "TIME_WAIT", en: "TIME_WAIT" },
    summary: { ko: "먼저 닫은 쪽의 4-튜플이 TIME_WAIT로 남습니다.", en: "The side that closed first keeps its 4-tuple in TIME_WAIT." },
    notice: [{ ko: "TIME_WAIT는 능동적으로 닫은 쪽(여기서는 클라이언트)에 생깁니다.", en: "TIME_WAIT belongs to the active closer (the client here)." }],
  },
  "ephemeral-range": {
    highlight: "ephemeral-port",
    title: { ko: "임시 포트 범위", en: "The ephemeral port range" },
    summary: { ko: "ip_local_port_range를 읽고, 클라이언트 포트가 그 안에 있는지 봅니다.", en: "Reads ip_local_port_range and shows each client port inside it." },
    notice: [{ ko: "bind하지 않은 클라이언트의 포트는 커널이 이 범위에서 고릅니다.", en: "For clients that never bind, the kernel picks from this range." }],
  },
  "nagle-nodelay": {
    highlight: "nagle",
    title: { ko: "Nagle 알고리즘과 TCP_NODELAY", en: "Nagle's algorithm vs TCP_NODELAY" },
    summary: {
      ko: "작은 write를 연달아 하고 응답을 기다리는(write-write-read) 패턴을 Nagle 켬과 TCP_NODELAY로 비교합니다. 커널의 tcp_info로 보류된 바이트와 세그먼트 수를 봅니다.",
      en: "Small back-to-back writes followed by a wait for the reply (write-write-read), with Nagle on and with TCP_NODELAY. The kernel's tcp_info shows the bytes held back and the segments sent.",
    },
    notice: [
      { ko: "Nagle은 확인 안 된 작은 세그먼트가 있으면 다음 작은 데이터를 ACK가 올 때까지 붙잡습니다(tcp_info의 notsent).", en: "With a small segment unacknowledged, Nagle holds the next small data until an ACK arrives (tcp_info's notsent)." },
      { ko: "대화형 연결의 수신 쪽은 ACK를 지연하므로(리눅스 최소 40ms) 둘이 겹치면 응답이 그만큼 늦어집니다.", en: "An interactive connection's receiver delays its ACKs (40 ms minimum on Linux); together the two stall the reply by that much." },
      { ko: "TCP_NODELAY면 write마다 바로 세그먼트가 나갑니다. 세그먼트 수와 recv 횟수는 다를 수 있습니다.", en: "With TCP_NODELAY each write leaves as its own segment at once; segments and recv() calls need not match." },
    ],
  },
  "rst-vs-fin": {
    highlight: "rst",
    title: { ko: "FIN과 RST: 정상 종료와 강제 종료", en: "FIN vs RST: orderly close and abort" },
    summary: {
      ko: "연결 하나는 end()로(FIN), 다른 하나는 resetAndDestroy()로(SO_LINGER 0 → RST) 닫고, 상대가 받는 결과와 커널 표를 비교합니다.",
      en: "One connection is closed with end() (FIN), the other with resetAndDestroy() (SO_LINGER 0 → RST); compare what the peer sees and the kernel table.",
    },
    notice: [
      { ko: "FIN을 받은 쪽의 recv()는 0(EOF)을 반환하고, RST를 받은 쪽은 ECONNRESET으로 실패합니다.", en: "After a FIN the peer's recv() returns 0 (EOF); after an RST it fails with ECONNRESET." },
      { ko: "FIN으로 먼저 닫은 쪽은 TIME_WAIT가 남지만, RST로 끊은 연결은 바로 사라집니다.", en: "The side that closed first with FIN is left in TIME_WAIT; a reset connection disappears at once." },
    ],
  },
  "zero-window": {
    highlight: "zero-window",
    title: { ko: "흐름 제어와 제로 윈도우", en: "Flow control and the zero window" },
    summary: {
      ko: "받는 쪽이 읽기를 멈춘 채 보내는 쪽이 계속 쓰면, 수신 버퍼가 차서 윈도우가 0이 되고 커널이 더 받지 않습니다. 다시 읽으면 모두 흘러갑니다.",
      en: "The receiver stops reading while the sender keeps writing: the receive buffer fills, the window drops to zero and the kernel takes no more. Reading again lets it all flow.",
    },
    notice: [
      { ko: "커널 표의 rx(Recv-Q)는 받았지만 아직 읽지 않은 바이트, tx(Send-Q)는 상대가 확인하지 않은 바이트입니다.", en: "In the kernel table rx (Recv-Q) is bytes received but not yet read; tx (Send-Q) is bytes the peer has not acknowledged." },
      { ko: "윈도우가 0이면 보내는 쪽은 persist 타이머로 제로 윈도우 프로브를 보냅니다.", en: "With a zero window the sender runs the persist timer and sends zero-window probes." },
      { ko: "커널이 더 받지 않으면 Node의 write()가 false를 반환하고 자체 버퍼(writableLength)에 쌓습니다.", en: "When the kernel takes no more, Node's write() returns false and queues in its own buffer (writableLength)." },
    ],
  },
  "keepalive-probes": {
    highlight: "keepalive-probe",
    title: { ko: "TCP keepalive 프로브", en: "TCP keepalive probes" },
    summary: {
      ko: "유휴 연결에 setKeepAlive(true, 1000)을 걸고, 커널 표에서 keepalive 타이머와 1초 뒤 나가는 프로브(데이터 없는 세그먼트)와 그 ACK를 봅니다.",
      en: "Enables setKeepAlive(true, 1000) on an idle connection and watches the kernel table: the keepalive timer, the probe a second later (a segment with no data) and its ACK.",
    },
    notice: [
      { ko: "keepalive는 소켓마다 켜는 옵션입니다. 리눅스 기본 유휴 시간은 2시간(tcp_keepalive_time)입니다.", en: "Keepalive is a per-socket option; Linux's default idle time is 2 hours (tcp_keepalive_time)." },
      { ko: "프로브는 상대 커널이 답하므로 상대 애플리케이션은 아무것도 읽지 않습니다.", en: "The peer's kernel answers the probe; the peer application reads nothing." },
    ],
  },
  "ipv6-dual-stack": {
    highlight: "v4-mapped",
    title: { ko: "IPv6와 듀얼 스택", en: "IPv6 and dual stack" },
    summary: {
      ko: "[::1] 리스너, 그리고 IPV6_V6ONLY=0인 IPv6 리스너가 IPv4 클라이언트를 받는 모습(::ffff:127.0.0.1)과 IPV6_V6ONLY=1일 때의 차이를 봅니다.",
      en: "A listener on [::1], an IPv6 listener with IPV6_V6ONLY=0 accepting an IPv4 client (seen as ::ffff:127.0.0.1), and what changes with IPV6_V6ONLY=1.",
    },
    notice: [
      { ko: "듀얼 스택 소켓에서 IPv4 상대는 IPv4 매핑 주소 ::ffff:a.b.c.d로 보입니다.", en: "On a dual-stack socket an IPv4 peer shows as the IPv4-mapped address ::ffff:a.b.c.d." },
      { ko: "한 연결이 클라이언트 쪽은 tcp, 서버 쪽은 tcp6 표에 나타납니다.", en: "One connection appears in the tcp table on the client's side and in tcp6 on the server's." },
      { ko: "IPV6_V6ONLY=1이면 IPv6만 받습니다.", en: "With IPV6_V6ONLY=1 the socket takes IPv6 only." },
    ],
  },
};

export function scenarioParamsJsonSchema(id: SandboxScenarioId): unknown {
  return z.toJSONSchema(paramSchemas[id], { io: "input", unrepresentable: "any" });
}

export const ALL_SCENARIOS: ScenarioInfo[] = SANDBOX_SCENARIOS.map((id) => ({ id, ...SCENARIO_INFO[id] }));

export interface ScenarioParamInfo {
  name: "clients" | "messages" | "backlog";
  min: number;
  max: number;
  default: number;
}

/** Parameter ranges for forms, read from the same zod schemas the server validates with. */
export function scenarioParamInfo(id: SandboxScenarioId): ScenarioParamInfo[] {
  const schema = scenarioParamsJsonSchema(id) as { properties?: Record<string, { minimum: number; maximum: number; default: number }> };
  return Object.entries(schema.properties ?? {}).map(([name, p]) => ({ name: name as ScenarioParamInfo["name"], min: p.minimum, max: p.maximum, default: p.default }));
}
