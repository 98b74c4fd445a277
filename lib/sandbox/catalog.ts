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
