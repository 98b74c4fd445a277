/**
 * Contrast claims on the shipped content/contrasts.json: every contrast catches a property said
 * of the wrong side in Korean, English and mixed text, "both … are …" is caught, and the right
 * claim (including a correct negation or comparison) is not flagged. Then the grader's verdict
 * rules on real rubrics: depth omissions stay correct, swaps are never correct, and the four
 * rubric defects found by the content review stay fixed.
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import type { InterviewQuestion } from "@/lib/content/schema";
import { findClaims } from "./claims";
import { rubricFromContent } from "./content-rubric";
import { createMatcher } from "./matcher";
import { gradeInterview } from "./rubric";
import { analyze } from "./text";

const bank = loadContent();
const contrast = (id: string) => bank.contrasts.find((c) => c.id === id)!;
const rubricOf = (slug: string) => rubricFromContent(bank.questions.find((q) => q.slug === slug) as InterviewQuestion, bank.contrasts);

/** Each [question, misconception id, wrong sentence, its right twin]: the wrong one is flagged, the twin is not. */
function expectTwins(list: [string, string, string, string][], idsOf: (slug: string, text: string) => string[]) {
  for (const [slug, id, wrongText, rightText] of list) {
    expect(idsOf(slug, wrongText), wrongText).toContain(id);
    expect(idsOf(slug, rightText), rightText).not.toContain(id);
  }
}
/** The misconception ids a question's rubric finds in the text. */
const ids = (slug: string, text: string) => gradeInterview(rubricOf(slug), text).misconceptions.map((x) => x.id);
/** The checked-fact slips a question's rubric finds in the text. */
const facts = (slug: string, text: string) => gradeInterview(rubricOf(slug), text).misconceptions.filter((x) => x.kind === "fact").map((x) => x.id);
/** [slug, fact id, the slip, the same sentence with the right value]: the slip is read, the right value is not. */
function expectFactTwins(twins: [string, string, string, string][]) {
  for (const [slug, id, slip, right] of twins) {
    expect(facts(slug, slip), slip).toContain(id);
    expect(facts(slug, right), right).toEqual([]);
  }
}
const claims = (id: string, text: string) => findClaims(createMatcher(analyze(text).tokens), [contrast(id)]);
const wrong = (id: string, text: string) => claims(id, text).filter((c) => !c.right);

/** [contrast, right statement, swapped statement] in Korean, English and mixed text. */
const CASES: [string, { ko: [string, string]; en: [string, string]; mixed: [string, string] }][] = [
  ["sender-receiver", {
    ko: ["송신 측이 재전송 타이머를 돌리고, 수신 측은 도착한 세그먼트를 순서대로 재조립합니다.", "수신 측이 재전송 타이머를 돌리고, 송신 측은 도착한 세그먼트를 순서대로 재조립합니다."],
    en: ["The sender runs the retransmission timer, while the receiver reassembles the segments in order.", "The receiver runs the retransmission timer, while the sender reassembles the segments in order."],
    mixed: ["sender가 재전송 타이머를 돌리고, receiver는 윈도우를 광고해요.", "receiver가 재전송 타이머를 돌리고, sender는 윈도우를 광고해요."],
  }],
  ["mux-demux", {
    ko: ["다중화는 송신 측에서 일어나고, 역다중화는 수신 측에서 일어납니다.", "역다중화는 송신 측에서 일어나고, 다중화는 수신 측에서 일어납니다."],
    en: ["Multiplexing happens on the sending host, while demultiplexing happens on the receiving host.", "Demultiplexing happens on the sending host, while multiplexing happens on the receiving host."],
    mixed: ["multiplexing은 송신 측 일이고 demultiplexing은 수신 측 일이에요.", "demultiplexing은 송신 측 일이고 multiplexing은 수신 측 일이에요."],
  }],
  ["source-destination-port", {
    ko: ["수신 측 커널은 목적지 포트를 보고 어느 프로그램에 줄지 정하고, 출발지 포트는 답장을 보낼 곳입니다.", "수신 측 커널은 출발지 포트를 보고 어느 프로그램에 줄지 정하고, 목적지 포트는 답장을 보낼 곳입니다."],
    en: ["The source port is where the reply goes.", "The destination port is where the reply goes."],
    mixed: ["destination port로 어느 process에 줄지 정하고 source port는 reply를 보낼 답장 주소예요.", "source port로 어느 process에 줄지 정하고 destination port는 답장 주소예요."],
  }],
  ["tcp-udp", {
    ko: ["TCP는 연결 지향이고 UDP는 비연결형입니다.", "UDP는 연결 지향이고 TCP는 비연결형입니다."],
    en: ["TCP is connection-oriented, while UDP is connectionless.", "UDP is connection-oriented, while TCP is connectionless."],
    mixed: ["TCP는 reliable하고 UDP는 best-effort입니다.", "UDP는 reliable하고 TCP는 best-effort입니다."],
  }],
  ["any-loopback", {
    ko: ["0.0.0.0으로 바인드하면 외부에서 접속할 수 있고, 127.0.0.1로 바인드하면 같은 머신에서만 접속됩니다.", "127.0.0.1로 바인드하면 외부에서 접속할 수 있고, 0.0.0.0으로 바인드하면 같은 머신에서만 접속됩니다."],
    en: ["A server bound to 0.0.0.0 listens on all interfaces; one bound to 127.0.0.1 is reachable only from the same machine.", "A server bound to 127.0.0.1 listens on all interfaces; one bound to 0.0.0.0 is reachable only from the same machine."],
    mixed: ["0.0.0.0은 all interfaces에서 받고, 127.0.0.1은 loopback only입니다.", "127.0.0.1은 all interfaces에서 받고, 0.0.0.0은 loopback only입니다."],
  }],
  ["sockaddr-types", {
    ko: ["struct sockaddr는 bind()가 받는 범용 타입이고, sockaddr_in은 IPv4 전용 구조체입니다.", "struct sockaddr_in은 bind()가 받는 범용 타입이고, sockaddr는 IPv4 전용 구조체입니다."],
    en: ["sockaddr is the generic type the calls take, and sockaddr_in is the IPv4-specific one.", "sockaddr_in is the generic type the calls take, and sockaddr is the IPv4-specific one."],
    mixed: ["sockaddr는 generic 타입이고 sockaddr_in은 IPv4 전용입니다.", "sockaddr_in은 generic 타입이고 sockaddr는 IPv4 전용입니다."],
  }],
  ["sockname-peername", {
    ko: ["getsockname()은 로컬 주소를, getpeername()은 상대방 주소를 돌려줍니다.", "getpeername()은 로컬 주소를, getsockname()은 상대방 주소를 돌려줍니다."],
    en: ["getsockname() gives the local address, while getpeername() gives the remote address.", "getpeername() gives the local address, while getsockname() gives the remote address."],
    mixed: ["getsockname()은 local address를, getpeername()은 remote address를 줍니다.", "getpeername()은 local address를, getsockname()은 remote address를 줍니다."],
  }],
  ["byte-order", {
    ko: ["네트워크 바이트 순서는 빅 엔디언이고, x86은 리틀 엔디언입니다.", "네트워크 바이트 순서는 리틀 엔디언이고, x86은 빅 엔디언입니다."],
    en: ["Network byte order is big-endian, while x86 is little-endian.", "Network byte order is little-endian, while x86 is big-endian."],
    mixed: ["network byte order는 big-endian이고 x86은 little-endian이에요.", "network byte order는 little-endian이고 x86은 big-endian이에요."],
  }],
  ["select-poll", {
    ko: ["select()는 fd_set 비트맵을 쓰고, poll()은 pollfd 구조체 배열을 씁니다.", "poll()은 fd_set 비트맵을 쓰고, select()는 pollfd 구조체 배열을 씁니다."],
    en: ["select() uses an fd_set bitmap, while poll() takes an array of pollfd structs.", "poll() uses an fd_set bitmap, while select() takes an array of pollfd structs."],
    mixed: ["select()는 fd_set bitmap을 쓰고 poll()은 pollfd array를 써요.", "poll()은 fd_set bitmap을 쓰고 select()는 pollfd array를 써요."],
  }],
  ["syn-accept-queues", {
    ko: ["SYN 큐에는 SYN_RECV 상태의 반쯤 열린 연결이, accept 큐에는 핸드셰이크가 완료된 연결이 들어갑니다.", "accept 큐에는 SYN_RECV 상태의 반쯤 열린 연결이, SYN 큐에는 핸드셰이크가 완료된 연결이 들어갑니다."],
    en: ["The SYN queue holds half-open connections; the accept queue holds connections that completed the handshake.", "The accept queue holds half-open connections; the SYN queue holds connections that completed the handshake."],
    mixed: ["SYN queue는 half-open 연결을 담고, accept queue는 handshake가 완료된 연결을 담습니다.", "accept queue는 half-open 연결을 담고, SYN queue는 handshake가 완료된 연결을 담습니다."],
  }],
  ["blocking-nonblocking", {
    ko: ["논블로킹 호출은 준비되지 않으면 즉시 반환합니다.", "블로킹 호출은 준비되지 않으면 즉시 반환합니다."],
    en: ["A non-blocking call returns immediately with EAGAIN.", "A blocking call returns immediately with EAGAIN."],
    mixed: ["blocking socket은 데이터가 올 때까지 기다립니다.", "non-blocking socket은 데이터가 올 때까지 기다립니다."],
  }],
  ["listening-connected", {
    ko: ["리스닝 소켓은 계속 새 연결을 받습니다.", "새 소켓은 계속 새 연결을 받습니다."],
    en: ["The listening socket keeps accepting new connections.", "The connected socket keeps accepting new connections."],
    mixed: ["listening socket은 계속 listen 상태로 남아 keeps accepting 합니다.", "new socket이 keeps accepting new connections 합니다."],
  }],
  ["active-passive-close", {
    ko: ["먼저 닫은 쪽이 TIME_WAIT에 들어갑니다.", "나중에 닫는 쪽이 TIME_WAIT에 들어갑니다."],
    en: ["The side that closes first enters TIME_WAIT.", "The passive closer enters TIME_WAIT."],
    mixed: ["active closer가 TIME_WAIT 상태가 됩니다.", "passive closer가 TIME_WAIT 상태가 됩니다."],
  }],
  ["kernel-application", {
    ko: ["커널이 핸드셰이크를 처리하고 애플리케이션은 accept()로 꺼냅니다.", "애플리케이션이 핸드셰이크를 처리합니다."],
    en: ["The kernel completes the handshake before accept() is called.", "The application completes the handshake when it calls accept()."],
    mixed: ["kernel이 SYN-ACK를 보내요.", "application이 SYN-ACK를 보내요."],
  }],
  ["port-socket", {
    ko: ["포트는 그냥 번호이고, 소켓은 파일 디스크립터로 다루는 객체입니다.", "소켓은 그냥 번호이고, 포트는 파일 디스크립터로 다루는 객체입니다."],
    en: ["A port is just a number; a socket is an object you hold as a file descriptor.", "A socket is just a number; a port is an object you hold as a file descriptor."],
    mixed: ["port는 16-bit 숫자고, socket은 file descriptor입니다.", "socket은 16-bit 숫자고, port는 file descriptor입니다."],
  }],
  ["ip-port", {
    ko: ["IP 주소는 호스트를 찾고, 포트는 그 안의 어떤 프로세스인지 식별합니다.", "포트는 호스트를 찾고, IP 주소는 그 안의 어떤 프로세스인지 식별합니다."],
    en: ["The IP address identifies the host, and the port identifies the process.", "The port identifies the host, and the IP address identifies the process."],
    mixed: ["IP는 which host, port는 which process를 가리킵니다.", "port는 which host, IP는 which process를 가리킵니다."],
  }],
  ["shutdown-close", {
    ko: ["shutdown은 한 방향만 닫고, close()는 디스크립터를 해제합니다.", "close()는 한 방향만 닫고, shutdown은 디스크립터를 해제합니다."],
    en: ["shutdown(SHUT_WR) closes one direction only, and close() releases the file descriptor.", "close() closes one direction only, and shutdown releases the file descriptor."],
    mixed: ["shutdown은 half-close를 하고, close()는 releases the fd 합니다.", "close()는 half-close를 하고, shutdown은 releases the fd 합니다."],
  }],
  ["reuseaddr-reuseport", {
    ko: ["SO_REUSEPORT는 여러 프로세스가 같은 포트에서 listen하게 해 줍니다.", "SO_REUSEADDR는 여러 프로세스가 같은 포트에서 listen하게 해 줍니다."],
    en: ["SO_REUSEPORT lets multiple processes listen on one port with load balancing.", "SO_REUSEADDR lets multiple processes listen on one port with load balancing."],
    mixed: ["SO_REUSEADDR는 TIME_WAIT가 남아도 bind되게 해 줘요.", "SO_REUSEPORT는 TIME_WAIT가 남아도 bind되게 해 줘요."],
  }],
  ["select-epoll", {
    ko: ["epoll은 준비된 fd만 돌려줍니다.", "select는 준비된 fd만 돌려줍니다."],
    en: ["epoll_wait returns only the ready descriptors.", "select returns only the ready descriptors."],
    mixed: ["select는 every call마다 scans all fds 해야 해요.", "epoll은 every call마다 scans all fds 해야 해요."],
  }],
  ["unix-tcp", {
    ko: ["유닉스 도메인 소켓은 파일 경로로 주소를 정합니다.", "TCP 소켓은 파일 경로로 주소를 정합니다."],
    en: ["A Unix domain socket is addressed by a file path.", "A TCP socket is addressed by a file path."],
    mixed: ["AF_UNIX socket은 same host에서만 통신합니다.", "TCP socket은 same host에서만 통신합니다."],
  }],
  ["port-ranges", {
    ko: ["잘 알려진 포트는 0~1023입니다.", "잘 알려진 포트는 49152~65535입니다."],
    en: ["Well-known ports are 0-1023.", "Well-known ports are 49152-65535."],
    mixed: ["dynamic 포트는 49152~65535예요.", "dynamic 포트는 0~1023이에요."],
  }],
  ["socket-raw", {
    ko: ["SOCK_RAW는 IP 계층에서 동작합니다.", "SOCK_DGRAM은 IP 계층에서 헤더까지 직접 다룹니다."],
    en: ["SOCK_RAW needs root.", "SOCK_STREAM needs root."],
    mixed: ["raw socket은 IP header까지 직접 만듭니다.", "datagram socket은 IP header까지 직접 만듭니다."],
  }],
  ["client-server", {
    ko: ["클라이언트는 connect()로 연결을 먼저 요청하고 커널이 임시 포트를 붙여 줍니다.", "서버가 connect()로 연결을 먼저 요청하고 커널이 임시 포트를 붙여 줍니다."],
    en: ["The client calls connect() and gets an ephemeral port; the server waits for connections.", "The server calls connect() and gets an ephemeral port; the client waits for connections."],
    mixed: ["client는 ephemeral port를 받고 server는 고정 포트에서 기다려요.", "server는 ephemeral port를 받고 client는 고정 포트에서 기다려요."],
  }],
  ["fin-ack", {
    ko: ["FIN은 더 보낼 데이터가 없다는 뜻이고 ACK는 받았다는 확인입니다.", "ACK는 더 보낼 데이터가 없다는 뜻이고 FIN은 받았다는 확인입니다."],
    en: ["A FIN says I have no more data to send, and an ACK acknowledges what arrived.", "An ACK says I have no more data to send, and a FIN acknowledges what arrived."],
    mixed: ["FIN은 no more data라는 신호, ACK는 받았다는 확인이에요.", "ACK는 no more data라는 신호, FIN은 받았다는 확인이에요."],
  }],
  ["dns-transport", {
    ko: ["DNS 일반 조회는 UDP로 하고, 영역 전송은 TCP로 합니다.", "DNS 일반 조회는 TCP로 하고, 영역 전송은 UDP로 합니다."],
    en: ["Ordinary queries go over UDP; zone transfers use TCP.", "Ordinary queries go over TCP; zone transfers use UDP."],
    mixed: ["normal queries는 UDP, zone transfer는 TCP예요.", "normal queries는 TCP, zone transfer는 UDP예요."],
  }],
  ["local-remote-tools", {
    ko: ["ss -tlnp는 포트를 연 프로세스 이름과 PID까지 보여 줍니다.", "nmap은 포트를 연 프로세스 이름과 PID까지 보여 줍니다."],
    en: ["ss shows the PID and process name behind each port.", "nmap shows the PID and process name behind each port."],
    mixed: ["lsof로 보면 PID가 나오고, nmap은 from outside에서 scans ports 해요.", "nmap으로 보면 PID가 나오고, lsof는 from outside에서 scans ports 해요."],
  }],
  ["read-send", {
    ko: ["send/recv는 flags 인자가 있는 소켓 전용 호출입니다.", "read/write는 flags 인자가 있는 소켓 전용 호출입니다."],
    en: ["send/recv take a flags argument; read/write are generic calls that work on files too.", "read/write take a flags argument; send/recv are generic calls that work on files too."],
    mixed: ["send/recv는 flags를 받고 read/write는 일반 파일에도 써요.", "read/write는 flags를 받고 send/recv는 일반 파일에도 써요."],
  }],
  ["socket-websocket", {
    ko: ["웹소켓은 HTTP Upgrade로 시작하는 응용 계층 프로토콜입니다.", "소켓은 HTTP Upgrade로 시작하는 응용 계층 프로토콜입니다."],
    en: ["WebSocket is an application protocol that starts with an HTTP Upgrade request.", "A plain socket is an application protocol that starts with an HTTP Upgrade request."],
    mixed: ["WebSocket은 HTTP Upgrade로 시작하는 application protocol이에요.", "socket은 HTTP Upgrade로 시작하는 application protocol이에요."],
  }],
  ["errno", {
    ko: ["이미 사용 중인 포트에 bind하면 EADDRINUSE가 납니다.", "이미 사용 중인 포트에 bind하면 ECONNREFUSED가 납니다."],
    en: ["If nothing is listening on the port, connect() fails with ECONNREFUSED.", "If nothing is listening on the port, connect() fails with EADDRINUSE."],
    mixed: ["listen 중인 소켓이 없으면 ECONNREFUSED, 응답이 아예 없으면 ETIMEDOUT이에요.", "listen 중인 소켓이 없으면 ETIMEDOUT, 응답이 아예 없으면 ECONNREFUSED예요."],
  }],
  ["socket-calls", {
    ko: ["listen()의 backlog는 accept 큐의 길이입니다.", "bind()의 backlog는 accept 큐의 길이입니다."],
    en: ["listen() takes the backlog, which sizes the accept queue.", "bind() takes the backlog, which sizes the accept queue."],
    mixed: ["connect()가 첫 SYN을 보내요.", "accept()가 첫 SYN을 보내요."],
  }],
  ["refused-timeout", {
    ko: ["refused는 listen 중인 소켓이 없어서 RST를 바로 받을 때, timeout은 조용히 drop돼서 응답이 없을 때 납니다.", "refused는 조용히 drop돼서 응답이 없을 때, timeout은 listen 중인 소켓이 없어서 RST를 바로 받을 때 납니다."],
    en: ["You get connection refused when nothing is listening; a timeout when packets are silently dropped.", "You get connection refused when packets are silently dropped; a timeout when nothing is listening."],
    mixed: ["refused는 RST를 바로 받을 때고, timeout은 no response일 때예요.", "refused는 no response일 때고, timeout은 RST를 바로 받을 때예요."],
  }],
  ["l4-l7-lb", {
    ko: ["L7 로드 밸런서는 HTTP 헤더를 읽어 URL 경로로 라우팅하고, L4 로드 밸런서는 IP와 포트만 보고 분산합니다.", "L4 로드 밸런서는 HTTP 헤더를 읽어 URL 경로로 라우팅하고, L7 로드 밸런서는 IP와 포트만 보고 분산합니다."],
    en: ["An L7 load balancer parses HTTP and routes by URL path, while an L4 load balancer looks only at IP addresses and ports.", "An L4 load balancer parses HTTP and routes by URL path, while an L7 load balancer looks only at IP addresses and ports."],
    mixed: ["L7은 Host header를 보고 라우팅하고, L4는 only IP and port로 분산해요.", "L4는 Host header를 보고 라우팅하고, L7은 only IP and port로 분산해요."],
  }],
  ["epoll-lt-et", {
    ko: ["레벨 트리거는 데이터가 남아 있으면 매번 다시 알려 주고, 엣지 트리거는 상태가 바뀔 때만 알려 줍니다.", "엣지 트리거는 데이터가 남아 있으면 매번 다시 알려 주고, 레벨 트리거는 상태가 바뀔 때만 알려 줍니다."],
    en: ["Level-triggered mode keeps reporting the fd while data remains; edge-triggered mode reports only on a change.", "Edge-triggered mode keeps reporting the fd while data remains; level-triggered mode reports only on a change."],
    mixed: ["level-triggered는 남아 있으면 계속 알려 주고, edge-triggered는 변할 때만 알려 줘요.", "edge-triggered는 남아 있으면 계속 알려 주고, level-triggered는 변할 때만 알려 줘요."] }],
  ["reactor-proactor", {
    ko: ["리액터는 읽을 수 있다고 알려 주고, 프로액터는 커널이 읽기를 끝낸 뒤 완료를 알려 줍니다.", "프로액터는 읽을 수 있다고 알려 주고, 리액터는 커널이 읽기를 끝낸 뒤 완료를 알려 줍니다."],
    en: ["A reactor reports readiness, while a proactor reports completion.", "A proactor reports readiness, while a reactor reports completion."],
    mixed: ["reactor는 준비됐다고 알려 주고 proactor는 완료를 통지해요.", "proactor는 준비됐다고 알려 주고 reactor는 완료를 통지해요."] }],
  ["fin-rst", {
    ko: ["FIN은 정상 종료 신호이고, RST는 연결을 즉시 중단하는 신호입니다.", "RST는 정상 종료 신호이고, FIN은 연결을 즉시 중단하는 신호입니다."],
    en: ["A FIN is an orderly close, while an RST aborts the connection.", "An RST is an orderly close, while a FIN aborts the connection."],
    mixed: ["FIN은 graceful close이고 RST는 abort예요.", "RST는 graceful close이고 FIN은 abort예요."],
  }],
  ["econnreset-epipe", {
    ko: ["EPIPE에는 SIGPIPE가 함께 오고, ECONNRESET은 에러 값만 돌아옵니다.", "ECONNRESET에는 SIGPIPE가 함께 오고, EPIPE는 에러 값만 돌아옵니다."],
    en: ["EPIPE comes with a SIGPIPE, while ECONNRESET is just an error code.", "ECONNRESET comes with a SIGPIPE, while EPIPE is just an error code."],
    mixed: ["EPIPE는 SIGPIPE와 함께 오고 ECONNRESET은 error code만 return돼요.", "ECONNRESET은 SIGPIPE와 함께 오고 EPIPE는 error code만 return돼요."],
  }],
  ["tcp-http-keepalive", {
    ko: ["TCP keepalive는 커널이 살아 있는지 확인하는 거고 HTTP keep-alive는 연결 재사용입니다.", "HTTP keep-alive는 커널이 살아 있는지 확인하는 거고 TCP keepalive는 연결 재사용입니다."],
    en: ["TCP keepalive probes idle connections, while HTTP keep-alive reuses one connection for many requests.", "HTTP keep-alive probes idle connections, while TCP keepalive reuses one connection for many requests."],
    mixed: ["TCP keepalive는 probe를 보내고, HTTP keep-alive는 connection을 reuse해요.", "HTTP keep-alive는 probe를 보내고, TCP keepalive는 connection을 reuse해요."],
  }],
  ["nagle-delayed-ack", {
    ko: ["Nagle 알고리즘은 작은 세그먼트를 모아 보내고, 지연 ACK은 ACK를 늦춰 보냅니다.", "지연 ACK은 작은 세그먼트를 모아 보내고, Nagle 알고리즘은 ACK를 늦춰 보냅니다."],
    en: ["Nagle's algorithm holds back small segments, while delayed ACK holds back the ACK.", "Delayed ACK holds back small segments, while Nagle's algorithm holds back the ACK."],
    mixed: ["Nagle은 coalesces small writes하고, delayed ACK은 ACK를 늦춰요.", "delayed ACK은 coalesces small writes하고, Nagle은 ACK를 늦춰요."],
  }],
  ["sni-alpn", {
    ko: ["SNI는 호스트 이름을 알려 주고, ALPN은 프로토콜을 협상합니다.", "ALPN은 호스트 이름을 알려 주고, SNI는 프로토콜을 협상합니다."],
    en: ["SNI carries the hostname, while ALPN negotiates the application protocol.", "ALPN carries the hostname, while SNI negotiates the application protocol."],
    mixed: ["SNI는 hostname을 보내고 ALPN은 프로토콜을 협상해요.", "ALPN은 hostname을 보내고 SNI는 프로토콜을 협상해요."],
  }],
  ["flow-congestion", {
    ko: ["흐름 제어는 수신자를 보호하고, 혼잡 제어는 네트워크를 보호합니다.", "혼잡 제어는 수신자를 보호하고, 흐름 제어는 네트워크를 보호합니다."],
    en: ["Flow control protects the receiver, while congestion control protects the network.", "Congestion control protects the receiver, while flow control protects the network."],
    mixed: ["flow control은 수신자를 보호하고 congestion control은 네트워크를 보호해요.", "congestion control은 수신자를 보호하고 flow control은 네트워크를 보호해요."],
  }],
];

describe("contrast claims: every contrast, in Korean, English and mixed text", () => {
  it("covers every contrast in content/contrasts.json", () => {
    expect(new Set(CASES.map(([id]) => id))).toEqual(new Set(bank.contrasts.map((c) => c.id)));
  });
  for (const [id, langs] of CASES) {
    for (const lang of ["ko", "en", "mixed"] as const) {
      const [right, swapped] = langs[lang];
      it(`${id} (${lang}): the swapped claim is caught, the right one is not`, () => {
        expect(wrong(id, swapped).length, swapped).toBeGreaterThan(0);
        expect(wrong(id, right), right).toEqual([]);
        expect(claims(id, right).some((c) => c.right), right).toBe(true);
      });
    }
  }
});

describe("contrast claims: both, negation, comparison", () => {
  it('"both … are …" is a wrong claim in every language', () => {
    for (const text of ["TCP와 UDP 모두 연결 지향 프로토콜입니다.", "Both TCP and UDP are connection-oriented.", "TCP랑 UDP 둘 다 reliable해요."]) {
      const w = wrong("tcp-udp", text);
      expect(w.length, text).toBeGreaterThan(0);
      expect(w[0]!.subject, text).toBe("both");
    }
  });
  it("comparing both sides claims nothing wrong", () => {
    expect(wrong("tcp-udp", "TCP와 UDP의 차이는 연결 지향인지 여부입니다.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP and UDP differ in whether they are connection-oriented.")).toEqual([]);
  });
  it("a correct negation or a foil is a right claim", () => {
    for (const text of ["UDP는 연결을 맺지 않습니다.", "UDP does not guarantee delivery.", "UDP보다 TCP가 신뢰성이 높습니다.", "Unlike UDP, TCP is reliable.", "TCP is more reliable than UDP."])
      expect(wrong("tcp-udp", text), text).toEqual([]);
  });
  it("a Korean negation that belongs to another word does not flip a claim; one that denies the clause does", () => {
    for (const text of ["UDP는 비연결에 보장이 없는 대신 가볍습니다.", "연결을 맺는 수고가 없는 UDP가 유리해요.", "UDP는 신뢰성을 보장하는 프로토콜이 아닙니다."])
      expect(wrong("tcp-udp", text), text).toEqual([]);
    expect(wrong("select-epoll", "poll은 매 호출마다 전부 검사하는 방식은 바꾸지 못해요.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP는 신뢰성을 보장하는 프로토콜이 아닙니다.").length).toBeGreaterThan(0);
  });
  it("a negation taken by another object or a 'there is no X', a '만큼' comparison and a relative clause's subject leave a claim alone", () => {
    expect(wrong("shutdown-close", "shutdown(SHUT_WR)은 fd를 release하지 않고 read 쪽도 건드리지 않아요.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP는 연결 없이 그냥 보내서 보장은 없지만 가볍고 빠릅니다.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP는 그런 overhead 때문에 UDP만큼 가볍지 않고요.")).toEqual([]);
    expect(wrong("port-socket", "Socket은 단순한 숫자가 아니고, protocol·IP·port가 bind된 endpoint object라서 send()를 부르는 대상이에요.")).toEqual([]);
    // A list shares its negation: "신뢰성이나 순서를 보장하지 않는" still denies reliability.
    expect(wrong("tcp-udp", "TCP는 신뢰성이나 순서를 보장하지 않는 대신 빠릅니다.").length).toBeGreaterThan(0);
  });
  it("a side that only names a container or a limit is not the means ('too big for a UDP packet')", () => {
    for (const text of ["응답이 UDP 한도를 넘어 TC 비트가 켜지면 TCP로 재질의합니다.", "When the answer is too large to fit in a UDP packet, the client retries over TCP."])
      expect(wrong("dns-transport", text), text).toEqual([]);
  });
  it("a wrong negation is caught", () => {
    for (const text of ["TCP는 순서를 보장하지 않습니다.", "TCP does not guarantee delivery."]) expect(wrong("tcp-udp", text).length, text).toBeGreaterThan(0);
  });
  it('"…, and so is UDP", "UDP too", "UDP도 마찬가지" extend a claim to both sides', () => {
    for (const text of ["TCP is connection-oriented, and so is UDP.", "TCP is connection-oriented. UDP too.", "TCP는 연결 지향입니다. UDP도 마찬가지입니다.", "UDP, like TCP, is connection-oriented."])
      expect(wrong("tcp-udp", text).length, text).toBeGreaterThan(0);
    expect(wrong("tcp-udp", "TCP는 연결 지향입니다. UDP도 포트를 씁니다.")).toEqual([]);
  });
  it("giving a property up is denying it; a hypothetical claims nothing", () => {
    for (const text of ["UDP skips the handshake and gives up reliability.", "UDP는 신뢰성을 포기하고 속도를 얻습니다.", "If UDP were reliable, it would need retransmission.", "UDP로 신뢰성이 필요하면 애플리케이션이 직접 재전송해야 합니다."])
      expect(wrong("tcp-udp", text), text).toEqual([]);
  });
  it("a rejection cue without a turn to the truth does not hide a wrong claim", () => {
    for (const text of ["Make no mistake: UDP is connection-oriented.", "I think UDP is reliable and TCP is not."]) expect(wrong("tcp-udp", text).length, text).toBeGreaterThan(0);
    expect(wrong("tcp-udp", "UDP가 연결 지향이라는 건 오해입니다.")).toEqual([]);
  });
  it("a swap spread over sentences (pronoun, dropped Korean subject, former/latter, 둘 다) is caught", () => {
    for (const text of [
      "UDP is fast. It is the reliable one and retransmits lost data.",
      "UDP는 빠릅니다. 이것은 연결 지향 프로토콜입니다.",
      "UDP는 가볍습니다. 연결을 먼저 맺고 순서를 보장합니다.",
      "TCP and UDP are transport protocols. The former is connectionless; the latter is connection-oriented.",
      "TCP와 UDP는 전송 계층 프로토콜입니다. 둘 다 연결 지향입니다.",
      "UDP는 빠르죠. 얘는 reliable해서 재전송도 해 줍니다.",
    ])
      expect(wrong("tcp-udp", text).length, text).toBeGreaterThan(0);
  });
  it("a subject carried over a sentence keeps right claims right, and an ambiguous one claims nothing", () => {
    for (const text of [
      "TCP는 연결 지향입니다. 재전송으로 신뢰성을 보장합니다.",
      "UDP는 비연결입니다. 신뢰성을 보장하지 않습니다.",
      "TCP and UDP differ. The former is connection-oriented; the latter is connectionless.",
      "TCP is reliable, but UDP is fast. It is connection-oriented.",
      "기본은 UDP 53이에요. 가볍고 handshake가 없어서 빠르니까요.",
    ])
      expect(wrong("tcp-udp", text), text).toEqual([]);
  });
  it("both sides named at once (a contrast's own words) take every side's property", () => {
    for (const [id, text] of [
      ["active-passive-close", "양쪽 다 마지막에 TIME_WAIT를 거쳐 종료됩니다."],
      ["active-passive-close", "Both the client and the server enter TIME_WAIT, regardless of who closed first."],
      ["client-server", "서버와 클라이언트 모두 임시 포트를 씁니다."],
    ] as const)
      expect(wrong(id, text).map((w) => w.subject), text).toContain("both");
    expect(wrong("active-passive-close", "양쪽 다 FIN을 보내지만 TIME_WAIT는 먼저 닫은 쪽만 거칩니다.")).toEqual([]);
  });
  it("an English side after a verb is its object, a genitive or a relative clause modifies a noun", () => {
    for (const [id, text] of [
      ["client-server", "Make a socket, then dial the server with connect()."],
      ["client-server", "클라이언트는 socket()으로 소켓을 만든 뒤, 서버의 IP 주소와 포트를 connect()에 넘겨 연결을 요청합니다."],
      ["fin-ack", "The peer acknowledges the FIN and moves to CLOSE_WAIT."],
      ["port-socket", "실제로 send/recv하는 건 socket이고, 이건 protocol, IP, port에 bind된 endpoint object라서 fd로 다뤄요."],
      ["unix-tcp", "프로그래밍 방법은 TCP 소켓이랑 거의 같아서 파일 경로만 다릅니다."],
    ] as const)
      expect(wrong(id, text), text).toEqual([]);
  });
  it("a fronted phrase frames the clause after it: 'On a blocking socket, … returns immediately' is a swap", () => {
    expect(wrong("blocking-nonblocking", "On a blocking socket, a call that can't complete right away returns immediately with EWOULDBLOCK.").map((c) => c.subject)).toContain("blocking");
    expect(wrong("blocking-nonblocking", "On a non-blocking socket, a call that can't complete right away returns immediately with EWOULDBLOCK.")).toEqual([]);
  });
  it("a side after 'is basically' is a complement, not the subject", () => {
    expect(wrong("read-send", "send() and recv() are basically read/write with an extra flags argument.")).toEqual([]);
  });
  it("Korean negation scope: 밖에 + 못 says 'only'; 'A 없이 B 없이' keeps each with its noun; '보장 안 합니다' negates; '핸드셰이크 같은 건 없고' denies", () => {
    expect(wrong("ip-port", "IP 주소만으로는 호스트까지밖에 못 찾아가고, 어떤 프로세스가 받아야 하는지는 알 수 없어서 포트가 필요합니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP는 연결 없이 보장 없이 경계가 유지되는 데이터그램을 가볍게 보냅니다.")).toEqual([]);
    expect(wrong("tcp-udp", "SOCK_DGRAM은 UDP로 연결 없이 데이터그램을 보내지만 도착·순서는 보장 안 합니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP 소켓도 connect()를 부를 수는 있는데 핸드셰이크 같은 건 없고, 기본 목적지만 정합니다.")).toEqual([]);
    // (An English call with its Korean head noun, "listen() 단계를", is one object: the negation is the call's.)
    expect(wrong("client-server", "클라이언트는 bind()와 listen() 단계를 거치지 않습니다.")).toEqual([]);
    expect(wrong("client-server", "클라이언트는 bind()와 listen() 단계를 거칩니다.").length).toBeGreaterThan(0);
    // (Calls listed before the head noun share its negation: "bind(), listen(), accept() 단계를 거치지 않습니다".)
    expect(wrong("client-server", "클라이언트는 서버처럼 bind() listen() accept() 단계를 거치지 않습니다.")).toEqual([]);
  });
  it("a Korean clause whose subject is only the data a property describes ('데이터가 … 바이트 흐름으로 전달') keeps the sentence's side", () => {
    expect(wrong("tcp-udp", "반면 SOCK_DGRAM은 연결 없이 보내며, 데이터가 이어진 바이트 흐름으로 전달되기 때문에 붙어서 읽힐 수 있습니다.").map((c) => c.subject)).toEqual(["udp"]);
    expect(wrong("tcp-udp", "SOCK_STREAM은 연결을 맺으며, 데이터가 이어진 바이트 흐름으로 전달되기 때문에 붙어서 읽힐 수 있습니다.")).toEqual([]);
    // (Nor do calls in the next sentence, "send() 한 번에 …", stop the side from carrying into it.)
    expect(wrong("tcp-udp", "SOCK_STREAM은 연결을 맺습니다. send() 한 번에 보낸 메시지는 메시지 경계가 유지됩니다.").map((c) => c.subject)).toEqual(["tcp"]);
  });
  it("round 23's false alarms on terse correct notes: a verb after its call is no listed side, a compared topic is no 'too', a side that only exists is no agent", () => {
    expect(wrong("blocking-nonblocking", "So a blocking send() blocks and a non-blocking send() returns -1 with EAGAIN until the receiver reads again.")).toEqual([]);
    expect(wrong("listening-connected", "리스닝 소켓은 계속 다음 연결 요청 받는 창구로 남음. 새 소켓도 로컬 포트는 리스닝 소켓이랑 같음.")).toEqual([]);
    expect(wrong("listening-connected", "연결마다 소켓이 따로 있으니 한 클라이언트랑 통신하는 중에도 새 연결 받을 수 있음.")).toEqual([]);
    // (A side that does the thing is still read: "연결 소켓이 새 연결을 받습니다" is the swap.)
    expect(wrong("listening-connected", "연결 소켓이 새 연결 요청을 받습니다.").length).toBeGreaterThan(0);
    expect(ids("tcp-reliability-mechanisms", "송신 측은 dup ACK 3개면 타임아웃 전에 fast retransmit 함.")).not.toContain("fast-retransmit-on-timeout");
    expect(ids("close-wait-accumulation", "A restart only clears them temporarily and sysctl tuning won't help.")).not.toContain("kernel-tuning-fixes-close-wait");
  });
  it("a property that opens its clause is said of the side after it: 'CLOSE_WAIT is what you see on the side that initiated the close'", () => {
    expect(wrong("active-passive-close", "CLOSE_WAIT is what you see on the side that initiated the close.").map((c) => c.subject)).toEqual(["active"]);
    expect(wrong("active-passive-close", "TIME_WAIT는 먼저 닫은 쪽에 생깁니다.")).toEqual([]);
    // (A subject inside a relative clause, "상대가 보낸 FIN", is not the sentence's: the side after it still is.)
    expect(wrong("active-passive-close", "TIME_WAIT는 상대가 보낸 FIN을 받고 나중에 닫는 쪽에 남는 상태입니다.").map((c) => c.subject)).toEqual(["passive"]);
    expect(wrong("active-passive-close", "TIME_WAIT는 상대가 보낸 FIN에 마지막 ACK를 보내는, 먼저 닫은 쪽에 남는 상태입니다.")).toEqual([]);
  });
  it("a negated relative clause after a topic is not the topic's: 'SYN flood는 끝나지 않을 SYN을 쏟아부어 SYN 큐를 채운다'", () => {
    expect(wrong("syn-accept-queues", "SYN flood는 끝나지 않을 SYN을 쏟아부어 SYN 큐를 채우는 공격입니다.")).toEqual([]);
  });
  it("a port range set off by commas names its side in the clause beside it", () => {
    expect(wrong("port-ranges", "The low range, 0 to 1023, is the dynamic range, and the high range, 49152 to 65535, holds the well-known ports.").length).toBe(2);
    expect(wrong("port-ranges", "The low range, 0 to 1023, is the well-known range, and the high range, 49152 to 65535, holds the dynamic ports.")).toEqual([]);
  });
  it("'TCP instead gets …' is an adverb, not 'instead of'", () => {
    expect(wrong("tcp-udp", "A UDP server uses one socket for everyone. TCP instead gets a separate socket per connection from accept().")).toEqual([]);
  });
  it("a side in an any/loopback condition: '127.0.0.1로 바인드하면 외부에서 접속할 수 있고' is a swap", () => {
    expect(wrong("any-loopback", "127.0.0.1로 바인드하면 외부에서 접속할 수 있습니다.").map((c) => c.subject)).toEqual(["loopback"]);
  });
  it("없어지다 ('goes away') is not a negation", () => {
    expect(wrong("shutdown-close", "close()는 fd를 release하는 거라서 last reference가 없어지면 양방향이 다 닫힙니다.")).toEqual([]);
  });
  it("a belief reported to reject it is not a claim", () => {
    expect(wrong("tcp-udp", "많은 사람들이 UDP가 연결 지향이라고 오해하지만 사실은 비연결형입니다.")).toEqual([]);
  });
});

describe("verdicts on real rubrics", () => {
  it("a correct answer that leaves out only depth points is correct", () => {
    const r = gradeInterview(rubricOf("tcp-vs-udp"), "TCP is connection-oriented and sets up a connection with a handshake; it guarantees reliable, in-order delivery with ACKs and retransmission. UDP is connectionless and gives no delivery or ordering guarantee. So I would use TCP for web pages and file transfer, and UDP for DNS lookups, games and voice calls.");
    expect(r.verdict).toBe("correct");
    expect(r.keyPoints.filter((k) => !k.core && !k.hit).length).toBeGreaterThan(0);
    expect(r.feedback).toContain("To go further");
  });
  it("the same answer with the sides swapped is never correct and names the swap", () => {
    const r = gradeInterview(rubricOf("tcp-vs-udp"), "UDP is connection-oriented and sets up a connection with a handshake; it guarantees reliable, in-order delivery with ACKs and retransmission. TCP is connectionless and gives no delivery or ordering guarantee.");
    expect(r.verdict).not.toBe("correct");
    expect(r.misconceptions.some((m) => m.kind === "swapped" && m.severity === "major")).toBe(true);
  });
  it("a negated cleft ('it isn't the client that …') denies what follows", () => {
    const r = gradeInterview(rubricOf("well-known-ports"), "Well-known ports are 0 to 1023, assigned by IANA to standard services: HTTP 80, HTTPS 443, SSH 22. And it isn't the client that uses them as its source port; the client picks an ephemeral port.");
    expect(r.misconceptions.map((m) => m.id)).not.toContain("client-source-port-well-known");
  });
  it("a Korean swap of the queues is never correct", () => {
    const r = gradeInterview(rubricOf("syn-and-accept-queues"), "accept 큐에는 SYN을 받고 SYN-ACK를 보낸 반쯤 열린 연결이 있고, SYN 큐에는 핸드셰이크가 완료되어 accept()를 기다리는 연결이 있습니다. SYN flood는 accept 큐를 채웁니다.");
    expect(r.verdict).not.toBe("correct");
  });
});

describe("slips in details: minor, so all the ideas with one wrong detail are partial", () => {
  it("a wrong errno, a wrong call or a wrong well-known port is a minor misconception", () => {
    const cases: [string, string, string][] = [
      ["so-reuseaddr-reuseport", "이미 쓰고 있는 포트에 다시 bind()하면 ECONNREFUSED 에러가 납니다.", "swapped-errno-in-use"],
      ["listen-backlog", "bind()의 backlog 인자가 accept 큐의 길이를 정합니다.", "swapped-socket-calls-backlog"],
      ["well-known-ports", "HTTPS는 433번, SSH는 22번 포트를 씁니다.", "fact-port-https-433"],
    ];
    for (const [slug, answer, id] of cases) {
      const m = gradeInterview(rubricOf(slug), answer).misconceptions.find((x) => x.id === id);
      expect(m?.severity, `${slug}: ${answer}`).toBe("minor");
    }
  });
  it("common slips (content/slips.json) apply to every question and are minor", () => {
    const r = gradeInterview(rubricOf("four-way-handshake"), "active closer가 FIN을 보내면 상대가 ACK하고 CLOSE_WAIT로 갑니다. 상대도 FIN을 보내면 active closer가 ACK를 보내고 TIME_WAIT에서 2×RTT 동안 기다렸다가 닫힙니다.");
    expect(r.misconceptions.find((x) => x.id === "slip-time-wait-rtt")?.severity).toBe("minor");
    expect(gradeInterview(rubricOf("socket-as-file-descriptor"), "fd가 모자라면 ulimit -u로 한도를 늘립니다.").misconceptions.map((x) => x.id)).toContain("slip-ulimit-u");
    expect(gradeInterview(rubricOf("socket-as-file-descriptor"), "fd가 모자라면 ulimit -n으로 한도를 늘립니다.").misconceptions.map((x) => x.id)).not.toContain("slip-ulimit-u");
  });
  it("a wrong well-known constant is a minor slip; the right value, another subject's value or a value set aside is not", () => {
    const slip = (slug: string, text: string) => gradeInterview(rubricOf(slug), text).misconceptions.filter((x) => x.kind === "fact").map((x) => x.id);
    expect(slip("time-wait-purpose", "리눅스에서는 TIME_WAIT가 120초 동안 유지됩니다.")).toContain("fact-linux-time-wait");
    expect(slip("time-wait-purpose", "On Linux TIME_WAIT lasts 60 seconds.")).toEqual([]);
    expect(slip("four-way-handshake", "The closer enters TIME_WAIT, which is 2×MSL — on Linux that works out to four minutes.")).toContain("fact-linux-time-wait");
    expect(slip("ephemeral-port", "Linux's default ephemeral range is 49152–65535.")).toContain("fact-linux-ephemeral-range");
    expect(slip("ephemeral-port", "IANA recommends 49152–65535, and Windows uses it, while Linux uses 32768–60999.")).toEqual([]);
    expect(slip("tcp-vs-udp", "UDP 헤더는 16바이트라 가볍습니다.")).toContain("fact-udp-header-size");
    expect(slip("tcp-vs-udp", "TCP 헤더는 최소 20바이트, UDP 헤더는 8바이트입니다.")).toEqual([]);
    expect(slip("select-poll-epoll", "select is limited by FD_SETSIZE, which is 4096.")).toContain("fact-fd-setsize");
    expect(slip("socket-address-structures", "포트는 htonl()로 바꿔서 sin_port에 넣습니다.")).toContain("fact-htonl-port");
    expect(slip("socket-address-structures", "Use htons() for the port and htonl() for the IPv4 address.")).toEqual([]);
  });
  it("errno mix-ups beyond the classic four are minor swaps: ECONNRESET for 'nothing listening', EADDRINUSE for fd exhaustion", () => {
    expect(wrong("errno", "If nothing is listening, the kernel answers with an RST and connect() fails with ECONNRESET.").map((c) => c.subject)).toContain("econnreset");
    expect(wrong("errno", "방치하면 fd가 고갈돼서 EADDRINUSE가 나고 accept()가 실패합니다.").map((c) => c.subject)).toContain("eaddrinuse");
    expect(wrong("errno", "방치하면 fd가 고갈돼서 EMFILE(Too many open files)로 accept()가 실패합니다.")).toEqual([]);
  });
  it("a custom or alternative port is not a slip", () => {
    for (const answer of ["SSH를 2222번으로 옮겨 두기도 합니다.", "HTTP는 80, 개발 서버는 8080을 많이 씁니다.", "Web servers listen on 80 or 443 and SSH servers on 22."])
      expect(gradeInterview(rubricOf("well-known-ports"), answer).misconceptions.filter((x) => x.kind === "fact"), answer).toEqual([]);
  });
  it("terms from elsewhere strung together cap an answer at partial, and are named in the feedback", () => {
    const r = gradeInterview(rubricOf("bind-port-zero"), "Port 0 is the reserved TCP multiplexing port, so bind() forwards the socket into the ephemeral range through getsockname(), which the kernel uses as a TIME_WAIT placeholder until SO_REUSEADDR assigns the real port during the 3-way handshake.");
    expect(r.verdict).not.toBe("correct");
    const stray = r.misconceptions.find((x) => x.kind === "jargon");
    expect(stray?.severity).toBe("minor");
    expect(stray?.label.toLowerCase()).toContain("time_wait");
    // The question's own terms used well are never stray.
    expect(gradeInterview(rubricOf("bind-port-zero"), "Binding to port 0 asks the kernel to pick a free ephemeral port; getsockname() tells you which one. Tests use it to avoid port clashes.").misconceptions.filter((x) => x.kind === "jargon")).toEqual([]);
  });
  it("a list of on-topic terms instead of an explanation is capped at partial; a dense but explained answer is not", () => {
    const listed = gradeInterview(rubricOf("inspect-open-ports"), "port 확인은 netstat, ss, lsof, nmap 다 되는데요, LISTEN 상태면 PID가 없고 TIME_WAIT이면 open이에요. iptables ACCEPT, /proc/net/tcp inode, fuser, sudo, -tulnp, 0.0.0.0, CLOSE_WAIT 이런 것만 체크하면 돼요.");
    expect(listed.verdict).not.toBe("correct");
    expect(listed.misconceptions.find((x) => x.id === "dense-terms")?.severity).toBe("minor");
    const explained = gradeInterview(rubricOf("inspect-open-ports"), "I run sudo ss -tlnp: -t shows TCP, -l only listening sockets, -n numeric ports, and -p the owning process and PID. For one port, lsof -i :8080 names the process.");
    expect(explained.misconceptions.map((x) => x.id)).not.toContain("dense-terms");
  });
});

describe("rubric defects found by the content review stay fixed", () => {
  const hits = (slug: string, id: string, answer: string) => gradeInterview(rubricOf(slug), answer).keyPoints.find((k) => k.id === id)!.hit;
  it("what-is-a-port: an off-by-one range (0~65536) does not earn the range point", () => {
    expect(hits("what-is-a-port", "range-16-bit", "포트 번호는 0~65536 사이의 값입니다.")).toBe(false);
    expect(hits("what-is-a-port", "range-16-bit", "포트 번호는 16비트라 0~65535입니다.")).toBe(true);
  });
  it("ephemeral-port: 1024-5000, a bare sysctl or '임시 포트는' does not earn the range point", () => {
    for (const a of ["임시 포트는 1024-5000 범위입니다.", "sysctl로 확인합니다.", "net.ipv4 설정을 봅니다.", "임시 포트는 커널이 줍니다."]) expect(hits("ephemeral-port", "range", a), a).toBe(false);
    expect(hits("ephemeral-port", "range", "리눅스 기본값은 ip_local_port_range의 32768-60999입니다.")).toBe(true);
  });
  it("iana-range-everywhere: generic words alone do not flag a correct sentence", () => {
    for (const slug of ["ephemeral-port", "port-number-ranges"]) {
      const r = gradeInterview(rubricOf(slug), "IANA는 항상 49152-65535를 동적 포트로 권고하지만, 리눅스는 32768-60999를 씁니다. The standard range is 49152-65535 and it always comes from IANA.");
      expect(r.misconceptions.map((m) => m.id), slug).not.toContain("iana-range-everywhere");
    }
  });
  it("tcp-socket-identification: 'by destination IP and port' (the UDP answer) does not earn the 4-tuple", () => {
    expect(hits("tcp-socket-identification", "four-tuple", "The kernel finds the socket by destination IP and port.")).toBe(false);
    expect(hits("tcp-socket-identification", "four-tuple", "커널은 출발지 IP·포트와 목적지 IP·포트, 즉 4-튜플로 소켓을 찾습니다.")).toBe(true);
  });
});

describe("hostile input", () => {
  it("stays fast on a 5,000-character run-on answer full of sides and properties", () => {
    const text = "TCP와 UDP 모두 reliable, connection-oriented, 4-tuple, recvfrom, ".repeat(80).slice(0, 5000);
    const r = gradeInterview(rubricOf("tcp-vs-udp"), text);
    expect(r.verdict).toBe("incorrect");
    expect(r.misconceptions.some((m) => m.kind === "swapped")).toBe(true);
  });
  it("evidence never splits a character outside the BMP, and decomposed Korean (NFD) reads like composed", () => {
    const bold = "TCP is 𝐜𝐨𝐧𝐧𝐞𝐜𝐭𝐢𝐨𝐧-𝐨𝐫𝐢𝐞𝐧𝐭𝐞𝐝; UDP is connectionless.";
    for (const k of gradeInterview(rubricOf("tcp-vs-udp"), bold).keyPoints)
      for (const e of k.evidence) {
        expect(e.text, k.id).toBe(bold.slice(e.start, e.end));
        expect(/[\ud800-\udbff]$/.test(e.text), e.text).toBe(false);
      }
    const nfc = "TCP는 3-way 핸드셰이크로 연결을 맺고 재전송으로 신뢰성을 보장합니다. UDP는 비연결형이라 보장하지 않습니다. 웹은 TCP, DNS는 UDP를 씁니다.";
    const a = gradeInterview(rubricOf("tcp-vs-udp"), nfc);
    const b = gradeInterview(rubricOf("tcp-vs-udp"), nfc.normalize("NFD"));
    expect(b.language).toBe("ko");
    expect(b.verdict).toBe(a.verdict);
    expect(b.keyPoints.map((k) => k.hit)).toEqual(a.keyPoints.map((k) => k.hit));
  });
});

describe("every interview question's own model answer", () => {
  const interview = bank.questions.filter((q): q is InterviewQuestion => q.type === "interview");
  for (const q of interview) {
    it(`${q.slug}: both model answers are correct, with every core point and no misconception`, () => {
      for (const locale of ["ko", "en"] as const) {
        const r = gradeInterview(rubricOf(q.slug), q.modelAnswer[locale]);
        expect(r.misconceptions.map((m) => `${locale}: ${m.id} ← ${m.evidence.map((e) => e.text).join(" … ")}`)).toEqual([]);
        expect(r.keyPoints.filter((k) => k.core && !k.hit).map((k) => `${locale}: ${k.id}`)).toEqual([]);
        expect(r.verdict).toBe("correct");
      }
    });
  }
});

describe("clause and polarity rules found on the blind answers for the 20 newer questions", () => {
  const ids = (slug: string, text: string) => gradeInterview(rubricOf(slug), text).misconceptions.map((m) => m.id);
  it("a misconception split by a Korean conditional or causal ending is still one claim (데이터가 없으면 | 0을 반환)", () => {
    const said = "논블로킹 소켓에서 recv()를 불렀는데 아직 데이터가 없으면 0을 반환하니까, 다시 호출해서 확인합니다.";
    expect(ids("sync-async-blocking-matrix", said)).toContain("nonblocking-empty-returns-zero");
    // Two clauses joined by a plain listing ending stay apart.
    expect(ids("sync-async-blocking-matrix", "아직 데이터가 없을 수 있고, recv()가 0을 반환하면 상대가 닫은 것입니다.")).not.toContain("nonblocking-empty-returns-zero");
  });
  it("an arrow separates the two ends of a pair (내 IP·임시 포트 ↔ 서버 IP·443 claims nothing about the server)", () => {
    expect(wrong("client-server", "연결은 '내 IP·임시 포트 ↔ 서버 IP·443' 한 쌍으로 구분됩니다.")).toEqual([]);
  });
  it("X와 not followed by another side is 'with X', not a subject", () => {
    expect(wrong("client-server", "server에선 listening socket이 이 client와 직접 데이터를 주고받지 않고, accept()가 이 connection 전용 socket을 새로 돌려줘요.")).toEqual([]);
    // ("클라이언트와 서버는 …" still names two subjects.)
    expect(wrong("client-server", "클라이언트와 서버가 모두 임시 포트를 씁니다.").length).toBeGreaterThan(0);
  });
  it("advice not to confuse two names does not reject the swapped claim before it", () => {
    const swapped = "getpeername()은 내 소켓의 로컬 주소를 돌려주는 함수이고 getsockname()은 상대방의 주소를 돌려주는 함수라서 둘을 헷갈리면 안 됩니다.";
    expect(wrong("sockname-peername", swapped).length).toBeGreaterThan(0);
  });
  it("'not yet sent' negates 'sent', not the property after it", () => {
    expect(wrong("fin-rst", "An RST aborts the connection: anything not yet sent is thrown away.")).toEqual([]);
  });
  it("'-어야' ends a clause: a negation in the result clause does not deny the requirement before it", () => {
    expect(wrong("epoll-lt-et", "ET(EPOLLET)는 상태가 바뀔 때만 알려 주므로 논블로킹 소켓에서 EAGAIN이 날 때까지 다 읽어야 연결이 멈추지 않습니다.")).toEqual([]);
  });
  it("an English property followed by 'on the <side>' belongs to that side", () => {
    expect(wrong("active-passive-close", "A full close walks through FIN_WAIT_1 and FIN_WAIT_2 on the active side and CLOSE_WAIT and LAST_ACK on the passive side.")).toEqual([]);
    expect(wrong("active-passive-close", "CLOSE_WAIT and LAST_ACK happen on the active side, while FIN_WAIT_2 shows up on the passive side.").length).toBeGreaterThan(0);
  });
  it("'does nothing to' denies what follows", () => {
    const r = gradeInterview(rubricOf("tcp-keepalive-vs-http-keepalive"), "HTTP keep-alive reuses one TCP connection for many requests, but it does nothing to check that the peer is alive.");
    expect(r.misconceptions.filter((m) => m.kind === "swapped").map((m) => m.id)).toEqual([]);
  });
  it("the number of duplicate ACKs that trigger fast retransmit is a checked constant", () => {
    expect(ids("tcp-reliability-mechanisms", "As soon as the sender gets two duplicate ACKs it resends the segment.")).toContain("fact-dup-ack-count");
    expect(ids("tcp-reliability-mechanisms", "Three duplicate ACKs trigger a fast retransmit.")).not.toContain("fact-dup-ack-count");
  });
});

describe("rules from tuning round 9 (general, not tied to one question)", () => {
  const slips = (slug: string, text: string) => gradeInterview(rubricOf(slug), text).misconceptions.filter((x) => x.kind === "fact").map((x) => x.id);
  it("a negation or 대신 elsewhere in the sentence does not set a wrong constant aside; one next to the value does", () => {
    expect(slips("tcp-vs-udp", "UDP는 connectionless고 header가 16바이트로 작고, 순서를 보장하지 않는 대신 빠르죠.")).toContain("fact-udp-header-size");
    expect(slips("tcp-vs-udp", "UDP 헤더는 16바이트가 아니라 8바이트입니다.")).toEqual([]);
    expect(slips("tcp-vs-udp", "The UDP header is not 16 bytes but 8.")).toEqual([]);
  });
  it("more checked constants: errno numbers, the TCP header, thread stacks, the keepalive idle time, the handshake order", () => {
    expect(slips("eaddrinuse-cause", "EADDRINUSE(리눅스 errno 111)는 포트를 이미 쓰고 있다는 뜻입니다.")).toContain("fact-errno-number");
    expect(slips("eaddrinuse-cause", "EADDRINUSE (errno 98 on Linux, 48 on macOS) means the port is taken.")).toEqual([]);
    expect(slips("connection-refused-meaning", "ECONNREFUSED on port 8080 means nothing listens there.")).toEqual([]);
    expect(slips("tcp-vs-udp", "The TCP header is 8 bytes, tiny.")).toContain("fact-tcp-header-size");
    expect(slips("tcp-vs-udp", "The TCP header is 20 bytes without options, up to 60 with them.")).toEqual([]);
    expect(slips("c10k-reactor-proactor", "Each thread gets its own stack — on Linux the default is 8 KB — plus kernel structures.")).toContain("fact-thread-stack-size");
    expect(slips("c10k-reactor-proactor", "스레드마다 기본 8MB 스택을 예약합니다.")).toEqual([]);
    expect(slips("c10k-reactor-proactor", "고루틴은 스레드와 달리 스택이 2KB로 시작합니다.")).toEqual([]);
    expect(slips("tcp-keepalive-vs-http-keepalive", "리눅스 기본값은 연결이 75초 동안 조용하면 첫 프로브를 보냅니다.")).toContain("fact-keepalive-idle");
    expect(slips("tcp-keepalive-vs-http-keepalive", "Linux sends the first probe after 2 hours idle, then probes every 75 seconds.")).toEqual([]);
    expect(slips("tcp-vs-udp", "TCP는 SYN → ACK → SYN-ACK 순서의 3-way 핸드셰이크로 연결을 맺습니다.")).toContain("fact-handshake-order");
    expect(slips("tcp-vs-udp", "서버는 ISN을 담은 SYN과 클라이언트 ISN+1을 확인하는 ACK을 합쳐 SYN+ACK으로 보냅니다.")).toEqual([]);
    expect(slips("tcp-vs-udp", "SYN, SYN/ACK, ACK 순서로 맺습니다.")).toEqual([]);
  });
  it("Linux's range said in another clause of the sentence is still Linux's", () => {
    expect(slips("bind-port-zero", "리눅스에서는 ip_local_port_range 범위, 기본값 49152~65535 사이에서 고릅니다.")).toContain("fact-linux-ephemeral-range");
    expect(slips("bind-port-zero", "Windows는 49152~65535를, 리눅스는 32768~60999를 씁니다.")).toEqual([]);
  });
  it("'X gives you P' says P of X: 'you' after give/tell/show is who receives, not a new subject", () => {
    expect(wrong("sockname-peername", "getsockname() gives you the address of the remote end.").map((c) => c.subject)).toContain("sockname");
    expect(wrong("sockname-peername", "getsockname() gives you the local port.")).toEqual([]);
  });
  it("what a side could not do in a hypothetical is not a denial of its property", () => {
    expect(wrong("listening-connected", "listen socket을 특정 client랑 통신하는 데 써 버리면 다른 client의 연결 요청을 받을 수 없기 때문입니다.")).toEqual([]);
  });
  it("an active property in the passive ('the FIN gets acknowledged') is not said of its subject", () => {
    expect(wrong("fin-ack", "A FIN consumes one sequence number, so it gets acknowledged like data.")).toEqual([]);
    expect(wrong("fin-ack", "The FIN acknowledges the data.").length).toBeGreaterThan(0);
  });
  it("an address with its port ('0.0.0.0:포트면') is one clause: the wildcard keeps its property", () => {
    expect(wrong("any-loopback", "0.0.0.0:포트면 모든 interface에서 받는 거고 127.0.0.1이면 로컬에서만 접근 가능합니다.")).toEqual([]);
  });
  it("more checked constants: widths, ranges, SHUT_* values, sun_path, the 4.2BSD year, Linux's MSL", () => {
    expect(slips("flow-vs-congestion-control", "수신 측은 TCP 헤더의 윈도우 필드에 rwnd를 적어 보내는데, 이 필드가 32비트라서 수 GB까지 표현합니다.")).toContain("fact-window-field-bits");
    expect(slips("flow-vs-congestion-control", "The window field is 16 bits, so windows beyond 64 KB need the scale option.")).toEqual([]);
    expect(slips("port-vs-socket", "A port identifies the application; it's a 32-bit field in the TCP/UDP header.")).toContain("fact-port-bits");
    expect(slips("port-vs-socket", "A port is 16 bits; the IPv4 address is 32 bits.")).toEqual([]);
    expect(slips("port-vs-socket", "port는 16-bit 숫자이고, 0~49151까지가 well-known port예요.")).toContain("fact-well-known-range");
    expect(slips("port-number-ranges", "0~1023은 well-known, 1024~49151은 registered 포트입니다.")).toEqual([]);
    expect(slips("half-close-shutdown", "shutdown(fd, SHUT_WR), where SHUT_WR has the value 2, stops my sending side.")).toContain("fact-shut-values");
    expect(slips("half-close-shutdown", "SHUT_RD is 0, SHUT_WR is 1 and SHUT_RDWR is 2.")).toEqual([]);
    expect(slips("unix-domain-sockets", "On Linux the path in sun_path can be up to 1024 bytes long.")).toContain("fact-sun-path");
    expect(slips("socket-library-vs-syscall", "이게 1993년 4.2BSD에서 처음 등장한 BSD 소켓 API입니다.")).toContain("fact-bsd-sockets-year");
    expect(slips("socket-library-vs-syscall", "BSD sockets first shipped in 4.2BSD in 1983.")).toEqual([]);
    expect(slips("time-wait-purpose", "TIME_WAIT는 2MSL 동안 유지되는데, 리눅스는 MSL이 60초라서 120초 동안 유지됩니다.")).toContain("fact-linux-msl");
    expect(slips("time-wait-purpose", "Linux keeps TIME_WAIT for 60 seconds, 2×MSL with an MSL of 30 seconds.")).toEqual([]);
    // A range that cannot be an ephemeral range is not Linux's ephemeral range.
    expect(slips("port-number-ranges", "0~1023은 잘 알려진 포트라 리눅스에서는 일반 사용자가 이 번호로 서버를 열 수 없습니다.")).toEqual([]);
  });
  it("common slips from round 9 apply to every question", () => {
    expect(ids("tcp-vs-udp", "UDP is so minimal it doesn't even carry a checksum, and its header is 8 bytes.")).toContain("slip-udp-no-checksum");
    expect(ids("econnreset-vs-epipe", "SIGPIPE의 default action이 core dump를 남기고 종료하는 거라 에러 처리 코드까지 못 갑니다.")).toContain("slip-sigpipe-core-dump");
    expect(ids("epoll-level-edge-triggered", "ET에서는 recv()가 EINTR을 반환할 때까지 루프를 돌며 다 읽어야 합니다.")).toContain("slip-eintr-drain");
    expect(ids("epoll-level-edge-triggered", "ET에서는 recv()가 EAGAIN을 반환할 때까지 루프를 돌며 다 읽어야 합니다.")).not.toContain("slip-eintr-drain");
    expect(ids("socket-as-file-descriptor", "socket()은 지금까지 열린 디스크립터 중 가장 큰 번호의 다음 번호를 돌려줍니다.")).toContain("slip-fd-highest-plus-one");
    expect(ids("accept-returns-new-socket", "If nothing is waiting, a blocking accept() returns -1 right away with errno set to EAGAIN.")).toContain("slip-blocking-eagain");
    expect(ids("time-wait-purpose", "On the server side you can enable net.ipv4.tcp_tw_reuse so that incoming connections can take over TIME_WAIT entries.")).toContain("slip-tw-reuse-incoming");
    expect(ids("four-way-handshake", "The active closer sits in TIME_WAIT for two round-trip times before it disappears.")).toContain("slip-time-wait-rtt");
  });
  it("an it opening a later clause carries the subject back past its neighbours", () => {
    expect(wrong("tcp-udp", "TCP is connection-oriented, it does a three-way handshake, but it doesn't retransmit lost data itself.").map((c) => c.property)).toContain("reliable");
  });
  it("an 'it' after a sentence opened on its own subject is not carried from the sentence before", () => {
    expect(wrong("active-passive-close", "The side that closed first lingers in TIME_WAIT. An RST is the opposite of polite: it doesn't wait behind queued data, and no TIME_WAIT remains.")).toEqual([]);
  });
  it("a sentence-opening English frame holds for the sentence; 'X 쪽 기능' after a nominalised property names X", () => {
    expect(wrong("reactor-proactor", "In the Reactor pattern the application submits the read up front with a buffer, the kernel performs the I/O, and the loop is woken with a completion event.").length).toBeGreaterThan(0);
    expect(wrong("reactor-proactor", "In the Proactor pattern the application submits the read up front with a buffer, and the kernel performs the I/O.")).toEqual([]);
    expect(wrong("unix-tcp", "SO_PEERCRED로 상대 UID를 확인하는 건 TCP socket 쪽 기능이고, UDS는 그런 게 없어요.").map((c) => c.subject)).toContain("tcp");
    expect(wrong("unix-tcp", "SCM_RIGHTS로 fd를 넘기는 건 유닉스 도메인 소켓만 가능합니다.")).toEqual([]);
    // (Speed in other words: "TCP loopback 쪽이 유리", "stack을 건너뛰고", "… 다 거쳐야".)
    expect(wrong("unix-tcp", "성능은 TCP loopback 쪽이 유리한 편인데, UDS는 checksum 검증과 순서 관리를 다 거쳐야 하기 때문이에요.").length).toBeGreaterThan(0);
    expect(wrong("unix-tcp", "성능은 UDS 쪽이 유리한 편인데, TCP loopback은 TCP/IP stack을 다 거쳐야 하기 때문이에요.")).toEqual([]);
  });
  it("'0.0.0.0:80이면' is the condition's side; '여부' weighs a property without claiming it", () => {
    expect(wrong("any-loopback", "0.0.0.0:80이나 *:80이면 모든 interface에 열려 있는 거고 127.0.0.1:6379 같은 건 로컬에서만 붙을 수 있는 거라 외부 노출 여부를 여기서 판단합니다.")).toEqual([]);
    expect(wrong("any-loopback", "127.0.0.1:8080이면 모든 interface에 열려 있어요.").length).toBeGreaterThan(0);
  });
  it("round 10 (correct answers that were graded down): possessives, copulas, clause-bound prepositions", () => {
    // "its own socket" points to its own clause's subject, not back to the listening socket.
    expect(wrong("listening-connected", "The listening socket is left as it is so it can keep taking new connections. Each accepted connection gets its own socket, identified by that client's IP and port.")).toEqual([]);
    // "a port is a 16-bit number" is no mention of the side "port number".
    expect(wrong("port-socket", "A port is a number that tells which application the data is for; a socket is the actual endpoint object.")).toEqual([]);
    expect(wrong("port-socket", "A port is the actual endpoint object.").length).toBeGreaterThan(0);
  });
  it("round 10: Korean negation scope — a new topic owns the negation, a compound object does not, a purpose denies nothing", () => {
    expect(wrong("shutdown-close", "shutdown(SHUT_WR)을 해도 수신은 막히지 않아서, FIN을 보낸 뒤에도 상대의 응답을 계속 읽을 수 있습니다.")).toEqual([]);
    expect(wrong("fin-rst", "반면 RST는 정상 종료 절차를 밟지 않고 연결을 즉시 폐기합니다.")).toEqual([]);
    expect(wrong("fin-rst", "RST는 정상 종료 절차를 밟습니다.").length).toBeGreaterThan(0);
    expect(ids("time-wait-purpose", "먼저 닫은 쪽이 2MSL 동안 기다리는 이유는 마지막 ACK가 유실되면 다시 ACK하기 위해서, 그리고 이전 연결의 지연된 패킷이 같은 4-튜플의 새 연결에 섞이지 않도록 사라질 시간을 주기 위해서입니다.")).not.toContain("negated-old-duplicates");
    expect(ids("c10k-reactor-proactor", "연결마다 스레드를 두는 구조가 스레드 메모리와 컨텍스트 스위칭 비용을 감당하지 못하는 문제입니다.")).not.toContain("negated-thread-cost");
    expect(ids("c10k-reactor-proactor", "One thread per connection doesn't scale because of the memory for all those stacks and the context switching.")).not.toContain("negated-thread-cost");
  });
  it("round 10: 'It's not that X' denies X; ' / ' separates list items; '10k connections' is a count, not a stack size", () => {
    expect(ids("socket-as-file-descriptor", "It's not that an Internet socket is stored on disk; it isn't. It's called a file because it is reached through a file descriptor.")).not.toContain("socket-is-disk-file");
    expect(ids("port-number-ranges", "IANA 기준으로 well-known 0–1023 / registered 1024–49151 / dynamic·private 49152–65535입니다.")).not.toContain("wellknown-range-swapped");
    expect(ids("c10k-reactor-proactor", "C10K = 서버 하나에서 concurrent connection 10k개를 다루는 문제인데, thread 수천 개의 stack 메모리 때문에 안 됩니다.")).not.toContain("fact-thread-stack-size");
    expect(ids("time-wait-purpose", "The side that hung up first keeps the connection's record around for twice the maximum segment lifetime, 60 seconds on Linux.")).not.toContain("fact-keepalive-idle");
  });
  it("round 12: 'not only' denies nothing; '없이' belongs to the word before it; '덜 끝난' is not finished; '-어 버리다' is an auxiliary", () => {
    expect(wrong("blocking-nonblocking", "참고로 블로킹 소켓이라고 무한정 기다리게만 둘 수 있는 건 아니고, SO_RCVTIMEO로 상한을 걸 수 있습니다.")).toEqual([]);
    expect(wrong("blocking-nonblocking", "블로킹 소켓은 데이터가 없어도 기다리지 않습니다.").length).toBeGreaterThan(0);
    expect(wrong("client-server", "임시 포트는 client 소켓이 bind() 없이 통신을 시작할 때 커널이 붙여 주는 ephemeral port입니다.")).toEqual([]);
    expect(wrong("syn-accept-queues", "서버 커널은 SYN-ACK를 보내고, 핸드셰이크가 덜 끝난 연결을 SYN 큐에 적어 둡니다.")).toEqual([]);
    expect(wrong("blocking-nonblocking", "이때 블로킹 소켓을 쓰면 마지막 읽기에서 스레드가 멈춰 버리기 때문에 논블로킹이 필수입니다.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP는 신뢰성을 버리고 빠르게 보냅니다.").length).toBeGreaterThan(0);
  });
  it("round 12: a possessive owns the noun after it; a bare side word before an object noun modifies it; a browser is a client", () => {
    expect(wrong("client-server", "The browser infers port 443 from https, resolves the name via DNS (usually UDP 53), creates a TCP socket and connects to the server's IP on 443 from a kernel-chosen ephemeral port.")).toEqual([]);
    expect(wrong("client-server", "포트가 미리 정해져 있으니까 client는 server port를 따로 찾을 필요 없이 바로 connect()하면 됩니다.")).toEqual([]);
    expect(wrong("client-server", "서버가 먼저 connect()를 호출해 연결을 엽니다.").length).toBeGreaterThan(0);
    expect(wrong("client-server", "브라우저는 임시 포트가 아니라 잘 알려진 포트를 씁니다.").length).toBeGreaterThan(0);
  });
  it("round 12: a port owned by a service named beside it is no slip; a DNS size limit is no TCP header size", () => {
    expect(ids("dns-udp-and-tcp", "요즘은 암호화를 위해 HTTPS 위의 DNS(443번)도 씁니다.")).not.toContain("fact-port-dns-443");
    expect(ids("dns-udp-and-tcp", "DNS는 보통 443번 포트를 씁니다.")).toContain("fact-port-dns-443");
    expect(ids("dns-udp-and-tcp", "기본 한도는 512 bytes이고, 넘으면 server가 header의 TC bit를 켜고 resolver가 같은 query를 TCP로 재시도합니다.")).not.toContain("fact-tcp-header-size");
    expect(ids("tcp-header-flags", "TCP 헤더는 옵션이 없으면 512바이트입니다.")).toContain("fact-tcp-header-size");
  });
  it("round 12: a phrase set against another ('X와 달리', 'unlike X', 'X보다') is not a misconception's claim", () => {
    expect(ids("close-wait-accumulation", "CLOSE_WAIT는 상대가 FIN을 보내기를 기다리는 상태입니다.")).toContain("close-wait-waits-for-peer");
    expect(ids("close-wait-accumulation", "CLOSE_WAIT와 달리 FIN_WAIT_2는 상대가 FIN을 보내기를 기다리는 상태입니다.")).not.toContain("close-wait-waits-for-peer");
  });
  it("round 12: a rubric word written as a call matches the call, not a derived word; translations swap inside longer phrases", () => {
    expect(ids("syn-and-accept-queues", "The accept queue holds connections waiting for the application's accept().")).not.toContain("connect-waits-for-accept");
    expect(ids("syn-and-accept-queues", "The client's connect() blocks until the server calls accept().")).toContain("connect-waits-for-accept");
    expect(ids("http3-why-udp", "QUIC은 TCP 같은 congestion control을 하지 않아서 혼잡해도 rate를 줄이지 않습니다.")).toContain("quic-no-congestion-control");
    expect(ids("http3-why-udp", "QUIC도 TCP처럼 congestion control을 합니다.")).not.toContain("quic-no-congestion-control");
  });
  it("round 12: a side said to be the other side ('A UDP socket is SOCK_STREAM', '포트는 곧 소켓입니다') is a wrong claim; a denial or the right pairing is not", () => {
    expect(wrong("tcp-udp", "A UDP socket is SOCK_STREAM: it gives you an ordered byte stream.").map((c) => c.property)).toContain("same-as-tcp");
    expect(wrong("tcp-udp", "UDP 소켓은 SOCK_STREAM이에요.").map((c) => c.property)).toContain("same-as-tcp");
    expect(wrong("port-socket", "포트는 곧 소켓입니다.").map((c) => c.property)).toContain("same-as-socket");
    expect(wrong("tcp-udp", "A TCP socket is SOCK_STREAM and a UDP socket is SOCK_DGRAM.")).toEqual([]);
    expect(wrong("port-socket", "포트는 소켓이 아닙니다. 소켓은 IP와 포트로 식별되는 끝점입니다.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP is not UDP: one is a stream, the other datagrams.").filter((c) => c.property.startsWith("same-as-"))).toEqual([]);
  });
  it("round 12: new contrast properties — threads vs event loop, who computes the RTO and resends, who adds X-Forwarded-For, which queue tcp_max_syn_backlog caps, who sets DNS's TC bit", () => {
    expect(wrong("blocking-nonblocking", "반대로 non-blocking socket은 connection마다 thread를 하나씩 두고 EAGAIN이 안 나올 때까지 재시도합니다.").map((c) => c.property)).toContain("thread-per-connection");
    expect(wrong("blocking-nonblocking", "블로킹 방식은 연결마다 스레드를 두는 구조에, 논블로킹 방식은 한 스레드가 수많은 연결을 처리하는 구조에 맞습니다.")).toEqual([]);
    expect(wrong("sender-receiver", "The receiver computes the retransmission timeout from the RTT it measures.").map((c) => c.property)).toContain("computes-rto");
    expect(wrong("sender-receiver", "The sender resends the segment if no ACK arrives before the timeout.")).toEqual([]);
    expect(wrong("l4-l7-lb", "그래서 L4 LB가 X-Forwarded-For header에 원래 client IP를 넣어서 backend에 전달합니다.").map((c) => c.property)).toContain("adds-forwarded");
    expect(wrong("syn-accept-queues", "The accept queue of completed connections is governed by tcp_max_syn_backlog.").map((c) => c.property)).toContain("tcp-max-syn-backlog");
    expect(wrong("syn-accept-queues", "The SYN queue is capped by tcp_max_syn_backlog.")).toEqual([]);
    expect(wrong("client-server", "이때 클라이언트가 질의에 TC 비트를 켜서 보냅니다.").map((c) => c.property)).toContain("sets-tc");
  });
  it("round 12: a misconception's earlier part denied right after it ('…넣을 수 없으니 PROXY protocol을') is not its claim", () => {
    expect(ids("l4-vs-l7-load-balancer", "L4 프록시는 HTTP 헤더에 넣을 수 없으니 PROXY protocol을 씁니다.")).not.toContain("proxy-protocol-is-http-header");
    expect(ids("l4-vs-l7-load-balancer", "PROXY protocol은 원래 주소를 HTTP 헤더에 넣어 보냅니다.")).toContain("proxy-protocol-is-http-header");
    expect(ids("syn-and-accept-queues", "SYN flood는 ACK를 보내지 않아서 accept 큐를 가득 채우는 공격입니다.")).toContain("syn-flood-fills-accept-queue");
  });
  it("round 12: more checked constants — IPv4/IPv6 header and address sizes, Ethernet MTU, somaxconn, tcp_fin_timeout", () => {
    const slip = (id: string, wrongText: string, rightText: string, slug = "tcp-header-flags") => {
      expect(ids(slug, wrongText), wrongText).toContain(id);
      expect(ids(slug, rightText), rightText).not.toContain(id);
    };
    slip("fact-ipv4-header-size", "IPv4 헤더는 8바이트밖에 안 됩니다.", "IPv4 헤더는 옵션이 없으면 20바이트, 옵션을 넣으면 최대 60바이트입니다.");
    slip("fact-ipv6-header-size", "The IPv6 header is 20 bytes long.", "The IPv6 header is a fixed 40 bytes long.");
    slip("fact-ipv4-address-bits", "An IPv4 address is 64 bits.", "An IPv4 address is 32 bits.");
    slip("fact-ipv6-address-bits", "IPv6 주소는 64비트입니다.", "IPv6 주소는 128비트입니다.");
    slip("fact-ethernet-mtu", "이더넷의 MTU는 보통 1024바이트라서 그보다 큰 데이터는 나뉩니다.", "이더넷의 MTU는 보통 1500바이트라서 그보다 큰 데이터는 나뉩니다.");
    slip("fact-somaxconn-default", "somaxconn의 기본값은 1024입니다.", "리눅스 5.4부터 somaxconn의 기본값은 4096입니다.", "listen-backlog");
    slip("fact-tcp-fin-timeout", "tcp_fin_timeout의 기본값은 120초입니다.", "tcp_fin_timeout의 기본값은 60초입니다.", "four-way-handshake");
  });
  it("round 14: a belief quoted into a rejection or opened as one claims nothing; '전용인 것도 아니다' denies 'only'; a contrast's 'unless' words set a sentence aside; a possessor keeps what someone else gives up", () => {
    expect(wrong("flow-congestion", "둘을 같은 것으로 보거나 흐름 제어가 네트워크 혼잡을 막는다고 오해하기 쉬운데, 흐름 제어는 수신자를, 혼잡 제어는 네트워크를 보호합니다.")).toEqual([]);
    expect(wrong("client-server", "A common misconception is that a server allocates an ephemeral port for every client it accepts.")).toEqual([]);
    expect(wrong("client-server", "The server allocates an ephemeral port for every client it accepts.").length).toBeGreaterThan(0);
    expect(wrong("dns-transport", "그렇다고 TCP가 zone transfer 전용인 것도 아닙니다.")).toEqual([]);
    expect(wrong("active-passive-close", "양쪽이 동시에 FIN을 보내는 동시 종료에서는 양쪽 모두 CLOSING을 거쳐 TIME_WAIT로 갑니다.")).toEqual([]);
    expect(wrong("active-passive-close", "양쪽 모두 TIME_WAIT를 거칩니다.").length).toBeGreaterThan(0);
    expect(wrong("tcp-udp", "같은 SOCK_DGRAM이라도 AF_UNIX 도메인에서는 신뢰성 있고 순서도 지켜집니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP is different: each recvfrom() returns one datagram, but you give up TCP's reliability and ordering.")).toEqual([]);
    // A bare side word before "IP:443으로" modifies the address; the clause's subject is carried from the one before.
    expect(wrong("client-server", "브라우저가 socket()으로 TCP 소켓을 만들고 서버 IP:443으로 connect()합니다.")).toEqual([]);
    expect(wrong("client-server", "서버가 클라이언트 IP로 connect()합니다.").length).toBeGreaterThan(0);
    // …and with no subject to carry, a noun's modifier still is no subject.
    expect(wrong("client-server", "그다음 socket()으로 TCP socket을 만들고 서버 IP:443으로 connect()합니다.")).toEqual([]);
    expect(ids("url-to-socket-journey", "출발지 포트는 리눅스 기본값으로는 1024~5000 사이 번호가 배정됩니다.")).toContain("fact-linux-ephemeral-range");
    expect(ids("port-number-ranges", "리눅스에서 1024~49151은 registered 포트입니다.")).not.toContain("fact-linux-ephemeral-range");
  });
  it("a misconception read across a causal join runs from condition to result", () => {
    const ids = (text: string) => gradeInterview(rubricOf("half-close-shutdown"), text).misconceptions.map((x) => x.id);
    expect(ids("close()를 해 버리면 응답을 못 받으니까 SHUT_WR로 송신만 닫는 거죠.")).not.toContain("shutdown-wr-blocks-receive");
    expect(ids("SHUT_WR로 닫으면 응답을 받을 수 없어요.")).toContain("shutdown-wr-blocks-receive");
  });
  it("round 15: a sysctl path is one sentence; a causal clause's result is read nearby only; a colon after a rejection cue asserts what follows", () => {
    // "net.ipv4.ip_local_port_range" no longer ends a sentence at "4.", so the fact sees "Linux".
    expect(ids("ephemeral-port", "On Linux it's controlled by net.ipv4.ip_local_port_range, which defaults to 49152–65535, the same as the IANA dynamic range.")).toContain("fact-linux-ephemeral-range");
    expect(ids("ephemeral-port", "On Linux it's controlled by net.ipv4.ip_local_port_range, which defaults to 32768–60999.")).not.toContain("fact-linux-ephemeral-range");
    // "…고갈될 수 있으므로 … 켜며, 서버 재시작 시 bind()의 EADDRINUSE는": the errno four clauses on is another matter.
    expect(wrong("errno", "임시 포트가 고갈될 수 있으므로 커넥션 풀로 연결을 재사용하고 필요하면 tcp_tw_reuse를 켜며, 서버 재시작 시 bind()의 EADDRINUSE는 SO_REUSEADDR로 해결합니다.")).toEqual([]);
    expect(wrong("errno", "임시 포트가 고갈되면 connect()가 EADDRINUSE로 실패합니다.").length).toBeGreaterThan(0);
    // A rejection cue that frames a colon: what follows is the writer's own claim.
    expect(ids("url-to-socket-journey", "A detail that's often misunderstood: the client socket doesn't get a port of its own.")).toContain("client-has-no-port");
    expect(ids("url-to-socket-journey", "A common misconception is that the client socket doesn't get a port of its own.")).not.toContain("client-has-no-port");
    expect(ids("socket-vs-websocket", "흔한 오해 두 가지: 첫째, 웹소켓을 '브라우저용 원시 소켓'으로 생각해 아무 TCP 서버에나 붙을 수 있다고 여기는 것인데, 실제로는 웹소켓 핸드셰이크를 이해하는 서버에만 연결됩니다.")).not.toContain("websocket-is-tcp-socket");
    // "With a separate socket per connection you can … keep accepting": the person acts; the phrase is the means.
    expect(wrong("listening-connected", "With a separate socket per connection you can hand each one to its own thread, or put them all into epoll, and keep accepting new clients in parallel.")).toEqual([]);
    expect(wrong("listening-connected", "With a connected socket, the server keeps accepting new clients.").length).toBeGreaterThan(0);
    // A property in a call's own parentheses is that side's alone, even beside a coordinated side.
    expect(wrong("select-poll", "select와 poll(pollfd 배열, 고정 한도 없음) 모두 호출마다 전체 목록을 커널에 넘깁니다.")).toEqual([]);
    expect(wrong("select-poll", "select와 poll 모두 pollfd 배열을 씁니다.").length).toBeGreaterThan(0);
    // An apartment building is the host, not the port's apartment number.
    expect(wrong("ip-port", "An IP address is like the street address of an apartment building: it gets the packet to the right machine.")).toEqual([]);
    expect(wrong("ip-port", "The IP address tells you which apartment number the data is for.").length).toBeGreaterThan(0);
    // Round 15's confident wrong answers, caught by the rubrics.
    expect(ids("tcp-reliability-mechanisms", "What TCP does not do is fix ordering: segments that arrive out of order are passed up to the application in the order they arrived.")).toContain("tcp-no-reordering");
    expect(ids("tcp-reliability-mechanisms", "The receiver uses the sequence numbers to put out-of-order segments back in order and discard duplicates.")).not.toContain("tcp-no-reordering");
    expect(ids("transport-multiplexing", "TCP doesn't need the source address at all: the destination port alone identifies the socket.")).toContain("tcp-destination-only");
    expect(ids("blocking-vs-nonblocking", "읽을 데이터가 없으면 논블로킹 소켓의 recv()도 똑같이 데이터가 올 때까지 기다립니다.")).toContain("nonblocking-recv-waits");
    expect(ids("econnreset-vs-epipe", "SIGPIPE's default action is to be ignored, so the write just returns EPIPE.")).toContain("sigpipe-harmless");
    expect(ids("econnreset-vs-epipe", "signal(SIGPIPE, SIG_DFL) restores the default action, which terminates the process.")).not.toContain("sig-dfl-ignores");
    expect(ids("bind-port-zero", "Port 0 isn't a usable port number, so the kernel rejects it with EINVAL.")).toContain("port-zero-error");
    // A later alternative written with its own negation is the predicate and decides the polarity.
    const hit = (slug: string, text: string, id: string) => gradeInterview(rubricOf(slug), text).keyPoints.find((k) => k.id === id)!.hit;
    expect(hit("time-wait-purpose", "같은 4-tuple로 새로 맺은 연결에 이전 연결의 지연 segment가 섞이지 않게 하려고 기다립니다.", "old-duplicates")).toBe(true);
    expect(hit("tls-sni-alpn", "TLS는 TCP 3-way 핸드셰이크로 연결이 맺어진 뒤 그 소켓 위에서 동작합니다.", "tls-over-tcp")).toBe(true);
    expect(hit("blocking-vs-nonblocking", "블로킹 소켓은 recv() 같은 호출이 완료될 수 있을 때까지 스레드를 재웁니다.", "blocking-waits")).toBe(true);
    // ISN and "initial sequence number" are one term.
    expect(ids("three-way-handshake", "The server doesn't choose its own initial sequence number; both directions continue from the client's ISN.")).toContain("shared-sequence-number");
  });
  it("round 15: more checkable facts — protocol numbers, sysctl names, private prefixes, EOF, failure returns, EAGAIN on Linux, QUIC's port", () => {
    const facts = (text: string, slug = "transport-multiplexing") => gradeInterview(rubricOf(slug), text).misconceptions.filter((x) => x.kind === "fact").map((x) => x.id);
    expect(facts("커널은 IP 헤더의 프로토콜 번호(TCP는 6, UDP는 7)로 TCP와 UDP를 나눕니다.")).toContain("fact-ip-protocol-number");
    expect(facts("ICMP is a control protocol carried directly in IP (IP protocol number 6), so it has no ports.")).toContain("fact-ip-protocol-number");
    expect(facts("커널은 IP 헤더의 프로토콜 번호(TCP는 6, UDP는 17)로 TCP와 UDP를 나눕니다.")).toEqual([]);
    expect(facts("프로토콜 번호로 TCP(6)인지 UDP(17)인지 가르기 때문에, TCP 80번과 UDP 80번은 서로 다른 우편함입니다.")).toEqual([]);
    expect(facts("TCP는 3-way 핸드셰이크로 연결을 맺고 시퀀스 번호와 프로토콜 헤더를 씁니다.")).toEqual([]);
    expect(facts("backlog이 net.ipv4.tcp_somaxconn보다 크면 그 값으로 잘립니다.", "listen-backlog")).toContain("fact-sysctl-name");
    expect(facts("backlog이 net.core.somaxconn보다 크면 그 값으로 잘립니다.", "listen-backlog")).toEqual([]);
    expect(facts("지정하지 않으면 net.ipv4.tcp_rmem/tcp_wmem 범위 안에서 커널이 자동 조정합니다.", "socket-buffers-zero-window")).toEqual([]);
    expect(facts("192.168.x.x는 RFC 1918 사설 대역인 192.168.0.0/8에 속합니다.", "nat-port-translation")).toContain("fact-private-cidr");
    expect(facts("10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 are private ranges.", "nat-port-translation")).toEqual([]);
    expect(facts("recv()가 -1(EOF)을 리턴했는데 close()를 안 부르면 CLOSE_WAIT가 쌓입니다.", "close-wait-accumulation")).toContain("fact-eof-minus-one");
    expect(facts("recv() returns 0 at EOF and -1 on error; either way close the socket.", "close-wait-accumulation")).toEqual([]);
    expect(facts("socket()은 실패하면 0을 반환하고 errno를 설정합니다.", "socket-as-file-descriptor")).toContain("fact-failure-returns-zero");
    expect(facts("socket()은 성공하면 0 이상의 fd를, 실패하면 -1을 반환합니다.", "socket-as-file-descriptor")).toEqual([]);
    expect(facts("EAGAIN과 EWOULDBLOCK은 리눅스에서 서로 다른 값이라 둘 다 확인해야 합니다.", "blocking-vs-nonblocking")).toContain("fact-eagain-ewouldblock-linux");
    expect(facts("On Linux EAGAIN and EWOULDBLOCK are the same value, but on some systems they are different values, so check both.", "blocking-vs-nonblocking")).toEqual([]);
    expect(facts("QUIC은 보통 UDP 80번 포트 위에서 돕니다.", "http3-why-udp")).toContain("fact-port-quic-80");
    expect(facts("QUIC runs over UDP port 443.", "http3-why-udp")).toEqual([]);
    expect(facts("SSH 서버는 23번에서 listen합니다.", "what-is-a-port")).toContain("fact-port-ssh-23");
    // Said to be the default, only a default port will do; a version number is no port.
    expect(facts("ws:// uses port 80 and wss:// uses port 8443 by default.", "socket-vs-websocket")).toContain("fact-port-websocket-wss-8443");
    expect(facts("HTTPS의 기본 포트는 8443입니다.", "socket-vs-websocket")).toContain("fact-port-https-8443");
    expect(facts("ws://는 80, wss://는 443이 기본 포트입니다.", "socket-vs-websocket")).toEqual([]);
    expect(facts("HTTP/1.1 keep-alive is on by default, so the pool reuses the connection.", "http-keepalive-pool-timeout")).toEqual([]);
    expect(facts("HTTP 기본 포트는 80이지만 개발 서버는 3000을 많이 씁니다.", "well-known-ports")).toEqual([]);
    // Defaults and names people misremember.
    const cases: [string, string, string, string][] = [
      ["client-socket-flow", "fact-linux-connect-timeout", "connect() fails with ETIMEDOUT if nothing comes back, which on Linux with default settings happens after about 3 seconds.", "On Linux an unanswered connect() fails with ETIMEDOUT after about 127 seconds."],
      ["nagle-delayed-ack", "fact-linux-delayed-ack", "Delayed ACK holds the ACK briefly; the RFC caps it at 500 ms, Windows uses 200 ms, and Linux typically waits around 400 ms.", "On Linux the delayed ACK timer is between 40 ms and 200 ms, while the RFC allows up to 500 ms."],
      ["dns-udp-and-tcp", "fact-port-dns-over-tls", "Encrypted DNS runs over TCP too: DNS over TLS on port 953, or DNS over HTTPS on 443.", "DNS over TLS uses port 853 and DNS over HTTPS uses 443."],
      ["econnreset-vs-epipe", "fact-msg-nosigpipe-linux", "리눅스에서는 send()에 MSG_NOSIGPIPE 플래그를 주면 됩니다.", "리눅스에서는 send()에 MSG_NOSIGNAL 플래그를, macOS에서는 SO_NOSIGPIPE 옵션을 씁니다."],
      ["inspect-open-ports", "fact-ss-udp-flag", "UDP까지 보려면 -x를 붙이고, 모든 상태를 보려면 -a를 씁니다.", "ss -tulnp에서 -u는 UDP, -x는 유닉스 소켓입니다."],
      ["so-reuseaddr-reuseport", "fact-reuseport-linux-version", "SO_REUSEPORT, which Linux added in kernel 2.6.32, lets several sockets bind one port.", "SO_REUSEPORT는 리눅스 3.9에서 들어왔습니다."],
      ["sync-async-blocking-matrix", "fact-nonblocking-eintr", "O_NONBLOCK 소켓에서 recv()가 EINTR를 돌려주면 다른 일을 하다가 다시 호출합니다.", "O_NONBLOCK 소켓에서 recv()가 EAGAIN을 돌려주면 다른 일을 하다가 다시 호출합니다."],
      ["tcp-byte-stream-boundaries", "fact-content-type-length", "Prefix each message with its length (HTTP's Content-Type header plays exactly this role).", "Prefix each message with its length, as HTTP's Content-Length header does."],
      ["what-is-a-socket", "fact-ifconfig-sockets", "리눅스에서 현재 열려 있는 소켓 목록은 ifconfig 명령으로 확인할 수 있습니다.", "ifconfig는 인터페이스를 보여 주고, 열린 소켓 목록은 ss로 봅니다."],
      ["udp-socket-identification", "fact-port-dns-35", "A UDP server, say a DNS server bound to UDP port 35, has no listen().", "A UDP server, say a DNS server bound to UDP port 53, has no listen()."],
      ["half-close-shutdown", "fact-shut-values", "shutdown(fd, SHUT_WR), 즉 how 인자에 2를 넘기면 송신만 닫힙니다.", "shutdown(fd, SHUT_WR), 즉 how 인자에 1을 넘기면 송신만 닫힙니다."],
      ["tcp-socket-identification", "fact-linux-ephemeral-range", "Each connection gets its own source port from the ephemeral range, which on Linux defaults to 1024-65535.", "On Linux an unprivileged process may bind ports 1024-65535."],
    ];
    expectTwins(cases, (slug, text) => facts(text, slug));
    // Round 16's misremembered names, numbers and defaults: each wrong sentence beside its right twin.
    const more: [string, string, string, string][] = [
      ["sync-async-blocking-matrix", "fact-nonblocking-eintr", "A non-blocking recv() with no data returns -1 with ECONNREFUSED, and you try again later.", "A non-blocking connect() returns -1 with EINPROGRESS; recv() with no data gives EAGAIN."],
      ["tcp-byte-stream-boundaries", "fact-content-type-length", "HTTP frames the body with a Content-Size header.", "HTTP frames the body with a Content-Length header."],
      ["c10k-reactor-proactor", "fact-c10k-year", "C10K는 Dan Kegel이 2003년에 쓴 글로 유명해졌습니다.", "C10K는 Dan Kegel이 1999년에 쓴 글로 유명해졌습니다."],
      ["server-socket-flow", "fact-emfile-name", "accept() then fails with ENFOPEN (\"Too many open files\").", "accept() then fails with EMFILE (\"Too many open files\")."],
      ["close-wait-accumulation", "fact-so-keepalive-abort", "Setting SO_KEEPALIVE to 0 before close() aborts the connection with an RST.", "Setting SO_LINGER with a zero timeout before close() aborts the connection with an RST."],
      ["socket-vs-websocket", "fact-rfc-number", "WebSocket is standardised in RFC 6544.", "WebSocket is standardised in RFC 6455."],
      ["socket-library-vs-syscall", "fact-winsock-dll", "On Windows, Winsock lives in wininet.dll.", "On Windows, Winsock lives in ws2_32.dll."],
      ["blocking-vs-nonblocking", "fact-f-setfd-nonblock", "Call fcntl(fd, F_SETFD, flags | O_NONBLOCK) to make it non-blocking.", "Call fcntl(fd, F_SETFL, flags | O_NONBLOCK) to make it non-blocking."],
      ["tcp-keepalive-vs-http-keepalive", "fact-keepalive-defaults", "On Linux the default tcp_keepalive_time is 600 seconds.", "On Linux the default tcp_keepalive_time is 7200 seconds."],
      ["socket-types", "fact-socket-type-mismatch", "A TCP socket is created with SOCK_DGRAM.", "A TCP socket is created with SOCK_STREAM."],
    ];
    expectTwins(more, (slug, text) => facts(text, slug));
    // Round 12's remaining slips, read again after round 17.
    const again: [string, string, string, string][] = [
      ["close-wait-accumulation", "fact-fd-limit-errno", "각각 파일 디스크립터를 하나씩 먹고 있어서 한도에 도달하면 accept가 EADDRINUSE 에러를 냅니다.", "파일 디스크립터 한도에 도달하면 accept가 EMFILE로 실패합니다."],
      ["dns-udp-and-tcp", "fact-dns-udp-512", "Classic DNS caps UDP messages at 1,024 bytes, and EDNS(0) lets a client advertise more.", "Classic DNS caps UDP messages at 512 bytes, and EDNS(0) lets a client advertise up to 4096 bytes."],
      ["http-keepalive-pool-timeout", "fact-nginx-keepalive-default", "nginx's keepalive_timeout, for example, defaults to 5 seconds.", "nginx's keepalive_timeout defaults to 75 seconds."],
      ["l4-vs-l7-load-balancer", "fact-xff-rfc", "The proxy records the client in X-Forwarded-For, standardised in RFC 7239.", "X-Forwarded-For is a convention; Forwarded is standardised in RFC 7239."],
      ["listen-backlog", "fact-backlog-clamp-sysctl", "If you ask for more than the system allows, the value is silently clamped to net.ipv4.tcp_max_syn_backlog.", "The backlog is clamped to somaxconn; tcp_max_syn_backlog caps the SYN queue."],
      ["nagle-delayed-ack", "fact-rfc1122-delayed-ack", "이 대기 시간은 RFC 1122에서 최대 200ms를 넘지 못하게 정해 두었습니다.", "RFC 1122 caps the delay at 500 ms; Linux uses 40 ms."],
      ["syn-and-accept-queues", "fact-syn-queue-state", "The kernel records the half-open connection, in the SYN_SENT state, until the client's final ACK arrives.", "Half-open connections wait in the SYN queue in SYN_RECV."],
      ["tcp-byte-stream-boundaries", "fact-mss-ethernet", "Anything larger than the MSS, which on Ethernet is 1500 bytes, gets split.", "The MSS is 1460 bytes, the MTU 1500 bytes minus 40."],
      ["transport-multiplexing", "fact-tos-demux", "The kernel separates TCP traffic from UDP traffic using the Type of Service field of the IP header.", "The kernel separates TCP from UDP by the IP header's protocol field, not the Type of Service field."],
      ["tcp-header-flags", "fact-tcp-header-size", "TCP 헤더는 옵션이 없을 때 24바이트이고, 옵션을 붙이면 더 길어집니다.", "TCP 헤더는 옵션이 없을 때 20바이트이고, 옵션을 붙이면 최대 60바이트입니다."],
      ["ping-has-no-port", "fact-ip-protocol-number", "ICMP는 제어 프로토콜이고, IP 헤더의 프로토콜 필드 값 6으로 표시됩니다.", "ICMP는 제어 프로토콜이고, IP 헤더의 프로토콜 필드 값 1로 표시됩니다."],
      ["url-to-socket-journey", "fact-port-http-443", "HTTP는 443번 포트를 씁니다.", "스킴이 https이므로 목적지 포트는 443입니다(http였다면 80)."],
    ];
    expectTwins(again, (slug, text) => facts(text, slug));
    // (Not a slip: a decade, a list that pairs each type with its protocol, the RFC's bound beside Linux's range.)
    expect(facts("that's what the C10K discussion of the late 1990s was about.", "server-port-many-clients")).toEqual([]);
    expect(facts("SOCK_STREAM is a reliable byte stream (TCP); SOCK_DGRAM is datagrams (UDP).", "socket-types")).toEqual([]);
    expect(facts("socket(AF_INET, SOCK_STREAM, 0)이면 TCP, SOCK_DGRAM이면 UDP 소켓입니다.", "what-is-a-socket")).toEqual([]);
    expect(facts("The delay has to stay under 500 ms; Linux uses a minimum of 40 ms and a maximum of 200 ms.", "nagle-delayed-ack")).toEqual([]);
    expect(facts("On Linux that delay adapts between 40 ms and 500 ms.", "nagle-delayed-ack")).toContain("fact-linux-delayed-ack");
    expect(facts("port가 없다면 한 IP에서 web server(80/443)와 SSH(22)를 동시에 돌릴 수 없습니다.", "what-is-a-port")).toEqual([]);
    // (A service named as a condition after the number opens an alternative: "443입니다(http라면 80)".)
    expect(facts("scheme이 https이므로 destination port는 443입니다(http라면 80).", "url-to-socket-journey")).toEqual([]);
    expect(facts("443번은 HTTP가 씁니다.", "well-known-ports")).toContain("fact-port-http-443");
    // (A NAT's "타임아웃" is no TIME_WAIT; an errno and a number in the next clause are two things.)
    expect(facts("리눅스 keepalive 기본값인 7200초는 대부분의 NAT 타임아웃보다 길어서 그대로는 도움이 되지 않습니다.", "nat-port-translation")).toEqual([]);
    expect(facts("리눅스에서 TIME_WAIT는 120초 동안 유지됩니다.", "time-wait-purpose")).toContain("fact-linux-time-wait");
    expect(facts("이미 쓰는 포트면 EADDRINUSE가, 리눅스에서 1024 미만 포트를 권한 없이 잡으려 하면 EACCES가 납니다.", "server-socket-flow")).toEqual([]);
    // ("32-bit words" counts the header's length; it is no field's width.)
    expect(facts("The TCP header has source port, destination port, data offset (the header length in 32-bit words) and the receive window.", "tcp-header-flags")).toEqual([]);
    expect(facts("The TCP header's window field is 32 bits wide.", "tcp-header-flags")).toContain("fact-window-field-bits");
    // AWS's ALB is the layer-7 one.
    expect(gradeInterview(rubricOf("l4-vs-l7-load-balancer"), "AWS로 치면 ALB가 이런 L4 타입이에요.").misconceptions.map((x) => x.id)).toContain("alb-nlb-layers-swapped");
    expect(gradeInterview(rubricOf("l4-vs-l7-load-balancer"), "AWS에서는 ALB가 L7, NLB가 L4입니다.").misconceptions.map((x) => x.id)).not.toContain("alb-nlb-layers-swapped");
  });
  it("round 16: terse notes — '해결 X' denies, arrows separate steps, '보존 안 함' negates; 'has nothing to do with' denies", () => {
    expect(ids("close-wait-accumulation", "재시작은 임시, 커널 튜닝으론 해결 X.")).not.toContain("kernel-tuning-fixes-close-wait");
    expect(ids("close-wait-accumulation", "재시작은 임시, 커널 튜닝으로 해결됨.")).toContain("kernel-tuning-fixes-close-wait");
    expect(wrong("tcp-udp", "TCP는 byte stream이라 send() 경계를 보존 안 함 → 커널이 알아서 합치거나 쪼갬.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP는 send() 경계를 보존함.").length).toBeGreaterThan(0);
    expect(wrong("tcp-http-keepalive", "TCP keepalive, by contrast, has nothing to do with reuse.")).toEqual([]);
    expect(wrong("tcp-http-keepalive", "TCP keepalive is what lets the client reuse the connection.").length).toBeGreaterThan(0);
    const clausesOf = (note: string) => analyze(note).tokens.map((t) => t.clause);
    expect(new Set(clausesOf("socket() → bind() → listen() → accept()")).size).toBe(4);
    expect(new Set(clausesOf("socket() -> bind() -> listen()")).size).toBe(3);
  });
  it("round 16: a nominalised denial covers the clauses joined to it; 'not because … or because …' denies both; a side in a relative clause on a denied noun or naming a limit claims nothing", () => {
    expect(ids("tcp-socket-identification", "리스닝 소켓이 모든 데이터를 받아서 나눠 주는 구조가 아닙니다.")).not.toContain("listener-gets-all-data");
    expect(ids("tcp-socket-identification", "리스닝 소켓이 모든 데이터를 받아서 나눠 줍니다.")).toContain("listener-gets-all-data");
    // (Still "-만 … 아니다" denies only "only".)
    expect(wrong("blocking-nonblocking", "블로킹 소켓이라고 무한정 기다리게만 둘 수 있는 건 아니고, SO_RCVTIMEO로 상한을 걸 수 있습니다.")).toEqual([]);
    expect(ids("http3-why-udp", "It's not because UDP is 'faster' or because HTTP/3 gives up on reliability; it doesn't.")).not.toContain("http3-gives-up-reliability");
    expect(ids("http3-why-udp", "It's because UDP is faster or because HTTP/3 gives up on reliability.")).toContain("http3-gives-up-reliability");
    expect(wrong("dns-transport", "그런데 응답이 UDP로 보낼 수 있는 크기(전통적으로 512바이트)를 넘으면, 서버는 TC 비트를 켠 잘린 응답을 보냅니다.")).toEqual([]);
    expect(wrong("dns-transport", "응답이 크면 UDP로 TC 비트를 켠 응답을 보냅니다.").length).toBeGreaterThan(0);
    expect(wrong("client-server", "임시 포트는 80이나 443처럼 서버가 고정해서 쓰는 잘 알려진 포트가 아니라, 클라이언트 쪽 소켓이 잠깐 쓰는 포트입니다.")).toEqual([]);
    expect(wrong("client-server", "Ephemeral port는 서버가 정해 두는 well-known port가 아니라, client socket이 연결하는 동안만 쓰는 port입니다.")).toEqual([]);
    expect(wrong("client-server", "임시 포트는 서버가 고정해서 쓰는 포트입니다.").length).toBeGreaterThan(0);
  });
  it("round 16: 'the side that … is X' names who does it; round 16's swaps are caught by their rubrics", () => {
    expect(wrong("client-server", "먼저 connect()로 연결을 요청하는 쪽이 client, listen()하며 기다리는 쪽이 server입니다.")).toEqual([]);
    expect(wrong("client-server", "먼저 connect()로 연결을 요청하는 쪽이 server, listen()하며 기다리는 쪽이 client입니다.").length).toBeGreaterThan(0);
    expect(wrong("client-server", "The side that calls listen() and waits is the server.")).toEqual([]);
    expect(wrong("client-server", "The side that calls listen() and waits is the client.").length).toBeGreaterThan(0);
    expect(ids("sync-async-blocking-matrix", "Synchronous vs asynchronous is about when the call returns.")).toContain("axes-swapped-sync");
    expect(ids("server-socket-flow", "accept() turns the socket you've been listening on into the connection and returns a fresh descriptor that takes over listening.")).toContain("accept-reuses-listening-socket");
    expect(ids("socket-vs-websocket", "WebSocket은 브라우저를 위해 만들어진 transport layer 프로토콜로, TCP 대신 그 자리에 들어갑니다.")).toContain("websocket-transport-or-udp");
    expect(ids("what-is-a-socket", "the client is the side that creates a socket, binds it to a well-known port and calls listen()")).toContain("swapped-client-server-listens");
  });
  it("round 16: 'a machine like x86' gives an example, not an addition; a denied attempt reaches through its infinitive; a datagram's header is not TCP's", () => {
    expect(wrong("byte-order", "The network byte order is big-endian, and on a little-endian machine like x86, writing 8080 straight into sin_port would be read as 0x901F.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP is reliable, and UDP, like TCP, guarantees delivery.").length).toBeGreaterThan(0);
    expect(wrong("tcp-udp", "The main thing is that UDP doesn't try to make the network reliable and TCP does.")).toEqual([]);
    expect(wrong("tcp-udp", "The main thing is that UDP tries to make the network reliable.").length).toBeGreaterThan(0);
    const facts = (text: string) => gradeInterview(rubricOf("tcp-vs-udp"), text).misconceptions.filter((x) => x.kind === "fact").map((x) => x.id);
    expect(facts("A datagram either shows up or it doesn't, and the header is only 8 bytes versus TCP's minimum of 20.")).toEqual([]);
    expect(facts("The TCP header is only 8 bytes.")).toContain("fact-tcp-header-size");
  });
});

describe("round 17: a bare side word before a Latin noun with a particle modifies that noun", () => {
  it("'서버 IP랑 port를 넣은 sockaddr로 connect()' is the client's call, not the server's", () => {
    const ids = (text: string) => gradeInterview(rubricOf("client-socket-flow"), text).misconceptions.map((x) => x.id);
    expect(ids("먼저 socket()으로 소켓 만들고, 서버 IP랑 port를 넣은 sockaddr로 connect()를 부르면 여기서 3-way handshake가 일어납니다.")).not.toContain("swapped-client-server-initiates");
    expect(ids("서버가 connect()를 호출해서 클라이언트에 연결합니다.")).toContain("swapped-client-server-initiates");
  });
});

describe("round 17: a truncated (TC) reply is sent over UDP — truncation words are no claim that UDP carries the large answer", () => {
  it("'UDP DNS 메시지는 512바이트 제한이 있고 … 서버가 TC bit를 켠 잘린 응답을 보내요' is right", () => {
    expect(wrong("dns-transport", "원래 UDP DNS 메시지는 512바이트 제한이 있고, 그래도 안 들어가면 서버가 TC(truncated) bit를 켠 잘린 응답을 보내요.")).toEqual([]);
    expect(wrong("dns-transport", "Large responses go over UDP, and ordinary small queries use TCP.").length).toBeGreaterThan(0);
  });
});

describe("round 17: 'say' set off by commas gives an example, it reports no belief", () => {
  it("'arrives on, say, port 80, … but 49xxx internally' still states its claim", () => {
    const ids = (text: string) => gradeInterview(rubricOf("tcp-socket-identification"), text).misconceptions.map((x) => x.id);
    expect(ids("When a SYN arrives on, say, port 80, the kernel assigns the new connection its own server-side port, so the accepted socket is really bound to 80 outside but 49xxx internally.")).toContain("common-server-new-port");
    expect(ids("People say the kernel assigns the new connection its own server-side port, but it really keeps port 80.")).not.toContain("common-server-new-port");
  });
});

describe("round 17: a genitive that modifies another noun is not the caller; an object 'it' carries no subject", () => {
  it("'서버의 IP 주소와 포트를 담아 connect()를 호출하면' is the client's call", () => {
    const ids = (text: string) => gradeInterview(rubricOf("client-socket-flow"), text).misconceptions.map((x) => x.id);
    expect(ids("그다음 서버의 IP 주소와 포트를 sockaddr_in에 담아 connect()를 호출하면 커널이 SYN을 보냅니다.")).not.toContain("swapped-client-server-initiates");
    expect(ids("서버가 클라이언트의 주소로 connect()를 호출합니다.")).toContain("swapped-client-server-initiates");
  });
  it("'The other side ACKs it and goes to CLOSE_WAIT' does not carry the active closer into CLOSE_WAIT", () => {
    expect(wrong("active-passive-close", "The active closer sends a FIN. The other side ACKs it and goes to CLOSE_WAIT.")).toEqual([]);
    expect(wrong("active-passive-close", "The active closer sends a FIN. Then it goes to CLOSE_WAIT.").length).toBeGreaterThan(0);
  });
});

describe("round 14 false alarms, read again: an English property with its own agent; an adnominal '같은' is no 'same as'", () => {
  it("'the application handles reliability itself' says nothing of UDP; 'gives the application reliability' does", () => {
    expect(wrong("tcp-udp", "Use UDP when the application handles reliability itself.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP gives the application reliability.").length).toBeGreaterThan(0);
  });
  it("'새 소켓도 서버의 같은 포트를 쓰지만' does not add the new socket to the listener's claims; '…도 마찬가지입니다' does", () => {
    const ids = (text: string) => gradeInterview(rubricOf("accept-returns-new-socket"), text).misconceptions.map((x) => x.id);
    expect(ids("리스닝 소켓은 그대로 남아 다음 연결 요청만 계속 받습니다. 새 소켓도 서버의 같은 포트를 쓰지만 4-튜플로 구분됩니다.")).not.toContain("swapped-listening-connected-keeps-listening");
    expect(ids("리스닝 소켓은 그대로 남아 다음 연결 요청만 계속 받습니다. 새 소켓도 마찬가지입니다.")).toContain("swapped-listening-connected-keeps-listening");
  });
});

describe("round 14 false alarms, read again: embedded questions on any ㄴ/ㄹ stem; an agent after its modifiers opens the clause", () => {
  it("'어떤 application에 넘길지는 알려 주지 않습니다' denies it of IP", () => {
    const ids = (text: string) => gradeInterview(rubricOf("what-is-a-port"), text).misconceptions.map((x) => x.id);
    expect(ids("IP는 packet을 올바른 host까지만 데려다줄 뿐, 그 host 안의 어떤 application에 넘길지는 알려 주지 않습니다.")).not.toContain("swapped-ip-port-finds-app");
    expect(ids("IP가 어떤 application에 넘길지 정합니다.")).toContain("swapped-ip-port-finds-app");
  });
  it("'…; an event-driven program should then … wait for poll' does not say the non-blocking send waits", () => {
    const ids = (text: string) => gradeInterview(rubricOf("socket-buffers-zero-window"), text).misconceptions.map((x) => x.id);
    expect(ids("A blocking send() sleeps until space frees up, while a non-blocking send() returns -1 with EAGAIN; an event-driven program should then stop writing and wait for poll/epoll to report the socket writable.")).not.toContain("swapped-blocking-nonblocking-waits");
    expect(ids("A non-blocking send() waits until space frees up.")).toContain("swapped-blocking-nonblocking-waits");
  });
});

describe("round 16 false alarms, read again: a terse note's '상대' is the other party; 'htons()로 변환(x86은 리틀 엔디언)' is right", () => {
  it("'먼저 닫는 쪽 FIN → 상대 ACK (CLOSE_WAIT …)' puts CLOSE_WAIT on the peer", () => {
    expect(wrong("active-passive-close", "먼저 닫는 쪽 FIN → 상대 ACK (CLOSE_WAIT, 남은 데이터 마저 전송) → 상대도 close()하면 FIN (LAST_ACK).")).toEqual([]);
    expect(wrong("active-passive-close", "먼저 닫는 쪽이 FIN을 보내고 CLOSE_WAIT에 들어갑니다.").length).toBeGreaterThan(0);
  });
  it("little-endian named for x86, not for the network order", () => {
    const ids = (text: string) => gradeInterview(rubricOf("socket-address-structures"), text).misconceptions.map((x) => x.id);
    expect(ids("네트워크 바이트 순서가 빅 엔디언이라 포트는 htons()로 변환(x86은 리틀 엔디언), inet_pton()은 문자열을 바꿔 줍니다.")).not.toContain("network-order-little-endian");
    expect(ids("htons는 포트를 리틀 엔디언으로 변환합니다.")).toContain("network-order-little-endian");
  });
});

describe("round 18: a concessive clause ('close()해도') supposes; its claim is the main clause's", () => {
  it("'리스닝 소켓을 close()해도 … 연결들은 살아 있습니다' does not say the listener is closed; '…bind해도 충돌 없이 성공합니다' still claims success", () => {
    expect(ids("accept-returns-new-socket", "또 리스닝 소켓을 close()해도 이미 accept()로 꺼낸 연결들은 그대로 살아 있습니다.")).not.toContain("listener-closed-after-accept");
    expect(ids("accept-returns-new-socket", "accept 후에는 리스닝 소켓을 닫아야 합니다.")).toContain("listener-closed-after-accept");
    expect(ids("ipv6-dual-stack-socket", "같은 8080 포트에 0.0.0.0으로 IPv4 소켓을 추가로 bind해도 충돌 없이 성공합니다.")).toContain("ipv4-bind-succeeds");
  });
});

describe("round 18 false alarms on thorough correct answers", () => {
  it("'-고 싶으면' is a wish, not a claim; '-고 싶다/-고 있다' do not break the clause", () => {
    expect(ids("ipv6-dual-stack-socket", "IPv4와 IPv6를 별도 소켓으로 받고 싶으면 bind() 전에 IPV6_V6ONLY를 1로 걸면 됩니다.")).not.toContain("ipv4-socket-takes-ipv6");
  });
  it("'…해서 해결되는 문제가 아닙니다' denies the fix; '해결할 수 있습니다' claims it", () => {
    expect(ids("close-wait-accumulation", "TIME_WAIT와 달리 커널 파라미터를 조정해서 해결되는 문제가 아닙니다.")).not.toContain("kernel-tuning-fixes-close-wait");
    expect(ids("close-wait-accumulation", "커널 파라미터를 조정해서 해결할 수 있습니다.")).toContain("kernel-tuning-fixes-close-wait");
  });
  it("'TIME_WAIT가 서버가 아니라 클라이언트들에' corrects the server, not TIME_WAIT; 'load balancing 옵션이 아니라' still denies the phrase", () => {
    expect(wrong("active-passive-close", "클라이언트가 먼저 닫게 해서 TIME_WAIT가 서버가 아니라 클라이언트들에 분산되게 하는 것도 좋습니다.")).toEqual([]);
    expect(ids("so-reuseaddr-reuseport", "SO_REUSEADDR는 load balancing 옵션이 아니라, 재시작 때 TIME_WAIT가 남아 있어도 같은 port에 bind()하게 해 주는 옵션입니다.")).not.toContain("swapped-reuseaddr-reuseport-several-listeners");
  });
  it("a place named by a deictic word ('우리 쪽에') is no side of the contrast", () => {
    expect(wrong("active-passive-close", "상대 서버가 타임아웃으로 먼저 끊으면 우리 쪽에 CLOSE_WAIT가 남습니다.")).toEqual([]);
    expect(wrong("active-passive-close", "먼저 끊은 쪽에 CLOSE_WAIT가 남습니다.").length).toBeGreaterThan(0);
  });
  it("'In AF_INET that means TCP' (that = SOCK_STREAM) is right", () => {
    expect(ids("socket-types", "SOCK_STREAM gives a reliable byte stream. In AF_INET/AF_INET6 that means TCP.")).not.toContain("type-vs-domain");
    expect(ids("socket-types", "AF_INET itself means TCP and AF_INET6 means UDP.")).toContain("type-vs-domain");
  });
});

describe("round 18 swaps: more rubrics declare the contrasts their questions turn on", () => {
  it("server-socket-flow reads listen()/accept() swapped; eaddrinuse-cause reads SO_REUSEADDR given SO_REUSEPORT's role", () => {
    expect(ids("server-socket-flow", "Next comes accept(), which takes the backlog value.")).toContain("swapped-socket-calls-backlog");
    expect(ids("server-socket-flow", "listen() takes the backlog value; accept() then returns a new socket.")).not.toContain("swapped-socket-calls-backlog");
    expect(ids("eaddrinuse-cause", "SO_REUSEADDR lets several sockets listen on the same port at once.")).toContain("swapped-reuseaddr-reuseport-several-listeners");
    expect(ids("eaddrinuse-cause", "SO_REUSEADDR lets a restarted server bind while old connections sit in TIME_WAIT.")).not.toContain("swapped-reuseaddr-reuseport-several-listeners");
  });
});

describe("common misconceptions (content/common-misconceptions.json): classic wrong beliefs checked on every interview question", () => {
  it("'the server gives each connection a new port' is a major misconception on any question", () => {
    const wrong: [string, string][] = [
      ["tcp-socket-identification", "When a SYN arrives on port 80, the listening socket accepts it and the kernel quietly assigns the new connection its own server-side port from the ephemeral range."],
      ["three-way-handshake", "서버는 SYN-ACK로 응답하면서 이 클라이언트와 통신할 전용 포트를 새로 할당해서 알려 줍니다."],
      ["url-to-socket-journey", "서버는 443번에서 요청을 받아 주기만 하고 곧바로 이 클라이언트 전용으로 비어 있는 새 포트를 하나 열어 줍니다."],
      ["listen-backlog", "accept()가 호출되면 커널이 연결마다 새 포트를 할당합니다."],
    ];
    for (const [slug, text] of wrong) {
      const r = gradeInterview(rubricOf(slug), text);
      expect(r.misconceptions.filter((x) => x.id.startsWith("common-")).map((x) => x.severity), text).toContain("major");
      expect(r.verdict, text).toBe("incorrect");
    }
    // (In other words: a different local port for each connected socket, a fresh port number.)
    for (const [slug, text] of [
      ["tcp-socket-identification", "accept()가 호출될 때마다 커널이 새 connected socket에 내부적으로 다른 로컬 port를 하나씩 배정해 줍니다."],
      ["url-to-socket-journey", "When the application calls accept(), the kernel creates a new socket and moves the connection onto a fresh port number chosen from the ephemeral range."],
    ])
      expect(ids(slug!, text!).filter((x) => x.startsWith("common-")), text).not.toEqual([]);
    expect(ids("one-port-many-sockets", "accept()가 그 클라이언트 전용 소켓을 새로 돌려줍니다. 이 새 소켓도 로컬 포트는 똑같이 443번을 씁니다.").filter((x) => x.startsWith("common-"))).toEqual([]);
    // Denied, quoted to reject, or the client's ephemeral port: nothing.
    expect(ids("three-way-handshake", "서버는 연결마다 새 포트를 할당하지 않습니다. accept된 소켓도 443을 씁니다.").filter((x) => x.startsWith("common-"))).toEqual([]);
    expect(ids("tcp-socket-identification", "A common misconception is that the server assigns a new port for each client; it doesn't — the accepted socket keeps port 80.").filter((x) => x.startsWith("common-"))).toEqual([]);
    expect(ids("client-socket-flow", "connect() 전에 bind하지 않으면 커널이 임시 포트 범위에서 새 포트를 할당해 줍니다.").filter((x) => x.startsWith("common-"))).toEqual([]);
    expect(ids("client-socket-flow", "If you don't bind, the kernel assigns a new port from the ephemeral range when you connect to the server.").filter((x) => x.startsWith("common-"))).toEqual([]);
    expect(ids("ephemeral-port", "클라이언트는 연결마다 새 포트(임시 포트)를 씁니다.").filter((x) => x.startsWith("common-"))).toEqual([]);
    // (Nor a new process binding the same port.)
    expect(ids("so-reuseaddr-reuseport", "SO_REUSEADDR를 켜 두면 재시작한 새 프로세스가 같은 포트로 bind할 수 있습니다.").filter((x) => x.startsWith("common-"))).toEqual([]);
  });
  it("'the handshake waits for accept()' is caught across the clauses of one sentence (a sentence-scoped misconception), and not in the true story", () => {
    const common = (slug: string, text: string) => ids(slug, text).filter((x) => x === "common-handshake-waits-for-accept");
    for (const [slug, text] of [
      ["server-socket-flow", "When the server calls accept(), the kernel takes the pending SYN, sends the SYN-ACK and waits for the client's ACK."],
      ["accept-returns-new-socket", "서버 커널은 요청을 큐에 넣어 두기만 하고, 서버 프로그램이 accept()를 호출하는 순간에 비로소 SYN-ACK을 보내서 3-way handshake를 진행합니다."],
      // ("…않고 있다가 | 서버가 …": -다가 ends a clause, and "여기서" reports no belief that the negation would reject.)
      ["server-socket-flow", "여기서 중요한 게 accept()인데, 커널은 바로 응답하지 않고 있다가 서버가 accept()를 호출하는 순간에 SYN-ACK를 보내서 핸드셰이크를 진행합니다."],
    ])
      expect(common(slug!, text!), text).toEqual(["common-handshake-waits-for-accept"]);
    for (const text of [
      "The kernel answers each SYN with a SYN-ACK, completes the handshake on its own, and parks the connection until the application calls accept().",
      "When the application calls accept(), the handshake has long been completed by the kernel.",
      "커널이 SYN-ACK를 보내 핸드셰이크를 끝내 두고, 서버가 accept()를 호출할 때는 완성된 연결을 꺼내 갈 뿐입니다.",
    ])
      expect(common("server-socket-flow", text), text).toEqual([]);
    // (The two groups must share one sentence.)
    expect(common("server-socket-flow", "When the server calls accept(), it gets a new socket. The kernel sends the SYN-ACK long before that.")).toEqual([]);
  });
  it("'epoll fills the user buffer for you' (readiness taken for completion) is a major misconception on any question; the readiness story and IOCP's completion are not", () => {
    const common = (slug: string, text: string) => ids(slug, text).filter((x) => x === "common-epoll-copies-data");
    for (const [slug, text] of [
      ["select-poll-epoll", "epoll_wait()가 리턴할 때는 커널이 이미 소켓 데이터를 유저 버퍼까지 복사해 놓은 상태라서 앱은 read()를 따로 호출할 필요가 없습니다."],
      ["c10k-reactor-proactor", "epoll이 이벤트를 줄 때는 커널이 이미 데이터를 user buffer로 다 복사해 둔 상태예요."],
      ["blocking-vs-nonblocking", "By the time epoll_wait returns, the kernel has already copied the data into your buffer."],
    ])
      expect(common(slug!, text!), text).toEqual(["common-epoll-copies-data"]);
    for (const text of [
      "epoll은 readiness 통지라 read()를 직접 호출해야 하고, IOCP는 completion 방식이라 커널이 유저 버퍼로 복사까지 해 준 뒤 알려 줍니다.",
      "epoll_wait() returns only the ready descriptors, so there is no need to call read() on every connection.",
      "epoll은 준비된 fd만 돌려주므로 모든 fd에 read()를 호출할 필요가 없습니다.",
    ])
      expect(common("select-poll-epoll", text), text).toEqual([]);
  });
  it("a pattern across a conditional join is read in the result clause, and 'not yet sent' (못 보낸) describes the data, it denies nothing", () => {
    for (const text of [
      "close()는 송신 버퍼에 아직 못 보낸 데이터를 버립니다.",
      "반면 close()는 연결을 즉시 끊어 버리는 호출이라, 커널이 송신 버퍼에 아직 못 보낸 데이터를 버리고 바로 RST를 보냅니다.",
    ])
      expect(ids("half-close-shutdown", text), text).toContain("close-discards-unsent");
    expect(ids("half-close-shutdown", "close()를 해도 커널은 송신 버퍼에 아직 못 보낸 데이터를 버리지 않고 다 보낸 뒤 FIN을 보냅니다.")).not.toContain("close-discards-unsent");
  });
  it("'TCP and UDP share one port space' is a major misconception on any question; separate spaces, said plainly or denied, are not", () => {
    const common = (slug: string, text: string) => ids(slug, text).filter((x) => x === "common-tcp-udp-share-ports");
    expect(common("transport-multiplexing", "The kernel doesn't need the protocol field, because TCP and UDP share one port table.")).toEqual(["common-tcp-udp-share-ports"]);
    expect(common("dns-udp-and-tcp", "TCP와 UDP는 같은 포트 공간을 공유해서, TCP 53을 쓰면 UDP 53은 쓸 수 없습니다.")).toEqual(["common-tcp-udp-share-ports"]);
    expect(common("transport-multiplexing", "TCP and UDP don't share a port space: TCP 53 and UDP 53 are different sockets.")).toEqual([]);
    expect(common("dns-udp-and-tcp", "TCP와 UDP는 포트 공간을 공유하지 않아서 DNS는 53번을 둘 다 씁니다.")).toEqual([]);
  });
  it("round 22's false mechanisms in other words: ET discarding unread data (across a sentence's clauses), SO_REUSEADDR clearing TIME_WAIT by 'this option'", () => {
    expectTwins(
      [
        ["epoll-level-edge-triggered", "et-discards-unread", "ET 모드에서는 이벤트가 그 시점의 데이터에 묶여 있어서, 처리하는 동안 다 안 읽으면 커널이 receive buffer에 남은 데이터를 버리기 때문이에요.", "ET 모드에서는 다 안 읽으면 남은 데이터가 수신 버퍼에 그대로 있는데도 새 이벤트가 오지 않아 처리가 멈춥니다."],
        ["nat-port-translation", "reply-source-rewritten", "When the server's reply comes back, the router finds the matching table entry and rewrites that source address to 192.168.0.10:51000.", "When the server's reply comes back, the router finds the matching entry and rewrites the destination back to 192.168.0.10:51000."],
        ["so-reuseaddr-reuseport", "reuseaddr-clears-time-wait", "이 옵션을 켜고 bind()하면 커널이 이전 프로세스의 TIME_WAIT 연결들을 그 자리에서 정리해 버리고 bind를 성공시켜 줘요.", "이 옵션을 켜면 TIME_WAIT 연결이 남아 있어도 그대로 둔 채 같은 포트에 bind할 수 있어요."],
      ],
      ids,
    );
  });
  it("a one-part misconception said in a sentence that rejects it and again plainly is read where it is plain; the next item of a list of rejected beliefs stays rejected", () => {
    const twoSentences = "A common misconception is that the server answers with SYN+ACK; it doesn't set SYN at all. Only the connecting side has to synchronize a sequence number, so the server replies with a plain ACK of the client's ISN+1.";
    expect(ids("tcp-header-flags", twoSentences)).toContain("server-sends-no-syn");
    expect(ids("tcp-header-flags", "A common misconception is that the server replies with a plain ACK; it actually sets SYN and ACK together.")).not.toContain("server-sends-no-syn");
    expect(ids("socket-vs-websocket", "흔한 오해 두 가지: 첫째, 웹소켓을 원시 소켓으로 생각하는 것입니다. 둘째, Socket.IO를 웹소켓과 같은 것으로 보는 것인데, 둘은 호환되지 않습니다.")).not.toContain("websocket-is-tcp-socket");
  });
  it("round 23's false mechanisms: kernel bypass for plain sockets, ALPN by Upgrade, keepalive by ICMP, IPv6 32-bit ports, SYN cookies in a table", () => {
    expectTwins(
      [
        ["what-is-a-socket", "socket-bypasses-kernel", "send()를 하면 커널을 거치지 않고 application이 NIC의 버퍼에 직접 데이터를 써서 보냅니다.", "send()를 하면 데이터가 커널의 송신 버퍼로 복사되고, 커널이 NIC로 내보냅니다."],
        ["tls-sni-alpn", "alpn-after-handshake", "ALPN은 클라이언트가 첫 요청에 Upgrade: h2 헤더를 붙이고 서버가 101 Switching Protocols로 응답하면 HTTP/2로 바꾸는 방식입니다.", "ALPN은 ClientHello에 h2와 http/1.1을 싣고 서버가 하나를 골라, 핸드셰이크가 끝나면 바로 HTTP/2를 씁니다."],
        ["tcp-keepalive-vs-http-keepalive", "keepalive-uses-icmp", "TCP keepalive probe는 ICMP echo request를 상대 host로 보내는 방식입니다.", "TCP keepalive probe는 데이터 없는 TCP segment이고, 앱 레벨에서는 ping/pong heartbeat를 따로 둡니다."],
        ["port-number-ranges", "wrong-port-width", "IPv6 widened ports to 32 bits along with the addresses, so IPv6 sockets can use ports well above 65535.", "IPv6 widened addresses to 128 bits, but ports stay 16-bit, so the range is still 0 to 65535."],
        ["syn-and-accept-queues", "syn-cookie-stores-state", "With SYN cookies the kernel stores a small fixed-size cookie record for each half-open connection in a separate cookie table.", "With SYN cookies the kernel stores nothing: the state is encoded in the SYN-ACK's sequence number."],
      ],
      ids,
    );
  });
  it("'the listening socket becomes the connection' is a major misconception on any question, also after a reported belief turned to 'actually'", () => {
    const common = (slug: string, text: string) => ids(slug, text).filter((x) => x === "common-listener-becomes-connection");
    expect(common("server-socket-flow", "흔히 accept()가 새 소켓을 만들어 준다고 설명하지만 실제로는 listening socket 자체를 그 client와 연결된 상태로 바꿔서 같은 fd를 돌려줍니다.")).toEqual(["common-listener-becomes-connection"]);
    expect(common("tcp-socket-identification", "After accept() the listening socket becomes the connected socket for that client.")).toEqual(["common-listener-becomes-connection"]);
    // (The belief itself, rejected; the listener entering LISTEN; a SYN that becomes a new connection.)
    expect(common("server-socket-flow", "흔히 리스닝 소켓이 연결된 상태로 바뀐다고 생각하지만 실제로는 accept()가 새 소켓을 돌려줍니다.")).toEqual([]);
    expect(common("server-socket-flow", "listen()을 부르면 소켓이 LISTEN 상태의 passive socket이 되고, accept()가 새 소켓을 돌려줍니다.")).toEqual([]);
    expect(common("tcp-socket-identification", "If no connected socket matches and the segment is a SYN, it goes to the listening socket and becomes a new connection.")).toEqual([]);
  });
  it("round 17's wrong mechanisms: RST as a resync, htons() as a size cast, SO_REUSEADDR sending RSTs to TIME_WAIT peers", () => {
    expect(ids("tcp-header-flags", "RST를 보내면 양쪽이 sequence number를 다시 맞추고, 연결은 그대로 이어서 쓸 수 있습니다.")).toContain("rst-resyncs-sequence");
    expect(ids("tcp-header-flags", "RST는 연결을 즉시 끊고, 받은 쪽은 ECONNRESET을 봅니다.")).not.toContain("rst-resyncs-sequence");
    expect(ids("socket-address-structures", "int는 32비트라서 htons()로 short 크기로 안전하게 줄여서 넣는 겁니다.")).toContain("htons-truncates");
    expect(ids("so-reuseaddr-reuseport", "SO_REUSEADDR works by clearing out the old connections: the kernel sends RSTs to the old peers.")).toContain("reuseaddr-clears-time-wait");
    const pairs: [string, string, string, string][] = [
      ["tcp-reliability-mechanisms", "routers-retransmit", "유실되면 경로상의 라우터가 직접 재전송해 줍니다.", "유실되면 송신 측 TCP가 타임아웃이나 중복 ACK를 보고 재전송합니다."],
      ["rst-vs-fin", "rst-after-queued-data", "With an RST, the kernel flushes whatever is queued and sends the RST right after the last data segment.", "An RST discards whatever is still queued and goes out at once."],
      ["rst-vs-fin", "linger-zero-means-no-limit", "A linger time of 0 means no limit, so close() blocks until everything is acknowledged.", "A linger time of 0 makes close() drop unsent data and send an RST."],
      ["transport-multiplexing", "port-is-pid", "커널은 포트 번호와 PID를 1:1로 매핑한 테이블을 갖고 있습니다.", "커널은 포트 번호로 소켓을 찾고, 그 소켓을 가진 프로세스가 데이터를 읽습니다."],
      ["flow-vs-congestion-control", "routers-rewrite-window", "라우터가 큐가 차면 지나가는 세그먼트의 윈도우 필드 값을 직접 줄여서 송신자에게 전달합니다.", "송신자는 손실을 보고 스스로 혼잡 윈도우를 줄입니다."],
      ["half-close-shutdown", "shutdown-waits-for-last-reference", "shutdown()은 참조 카운트가 0이 될 때까지 아무 일도 하지 않습니다.", "shutdown을 해도 fd 자체는 남아 있기 때문에 마지막에는 close()를 따로 호출해서 fd를 반납해야 합니다."],
    ];
    expectTwins(pairs, ids);
    // Common slips: a non-blocking read with no data "returns 0", a client that "must bind".
    expect(ids("sync-async-blocking-matrix", "논블로킹 소켓에서 데이터가 없으면 즉시 0을 반환합니다.")).toContain("slip-nonblocking-recv-zero");
    expect(ids("sync-async-blocking-matrix", "논블로킹 소켓에서 데이터가 없으면 즉시 -1과 EAGAIN을 반환합니다.")).not.toContain("slip-nonblocking-recv-zero");
    expect(ids("what-is-a-socket", "client도 반드시 bind()로 자기 port를 먼저 지정한 다음에 connect()를 호출해야 합니다.")).toContain("slip-client-must-bind");
    expect(ids("what-is-a-socket", "client는 bind()를 하지 않아도 되고, 커널이 임시 포트를 골라 줍니다.")).not.toContain("slip-client-must-bind");
  });
  it("an English relative clause or a colon's \"it\" speaks of the side just named: the socket calls swapped; several listeners on one port", () => {
    expect(wrong("socket-calls", "Then the server calls listen(), which blocks until a client finishes the handshake and returns a new descriptor.").map((c) => c.property)).toContain("new-socket");
    expect(wrong("socket-calls", "Next comes accept(): it marks the socket as passive and sizes the queue.").map((c) => c.property)).toContain("passive");
    expect(wrong("socket-calls", "Then the server calls accept(), which blocks until a client finishes the handshake and returns a new descriptor.")).toEqual([]);
    expect(wrong("socket-calls", "Next comes listen(): it marks the socket as passive and sizes the queue.")).toEqual([]);
    // (A relative clause with a subject of its own is about that subject.)
    expect(wrong("socket-calls", "It calls bind(), which accept() later relies on when it returns a new descriptor.")).toEqual([]);
    // Several sockets listening on one port at once is SO_REUSEPORT's, in either language; denied of SO_REUSEADDR it is right.
    expect(wrong("reuseaddr-reuseport", "SO_REUSEADDR를 켜면 여러 소켓이 같은 포트에 동시에 listen할 수 있습니다.").map((c) => c.property)).toContain("several-listeners");
    expect(wrong("reuseaddr-reuseport", "With SO_REUSEADDR, several servers can listen on the same port at the same time.").map((c) => c.property)).toContain("several-listeners");
    expect(wrong("reuseaddr-reuseport", "SO_REUSEADDR만으로는 여러 소켓이 같은 포트에 동시에 listen할 수 없고, 그건 SO_REUSEPORT가 합니다.")).toEqual([]);
    expect(wrong("reuseaddr-reuseport", "SO_REUSEPORT를 켜면 여러 소켓이 같은 포트에 동시에 listen할 수 있고 커널이 연결을 나눠 줍니다.")).toEqual([]);
    // The buffers belong to the socket, not the port; "its own port on the server" is the new-port myth.
    expect(wrong("port-socket", "The port is the live part: it holds its send and receive buffers and the TCP state.").map((c) => c.property)).toContain("holds-buffers");
    expect(wrong("port-socket", "The socket is the live part: it holds its send and receive buffers, while the port is just a number.")).toEqual([]);
    expect(ids("port-vs-socket", "That's why each connection needs its own port on the server.")).toContain("common-server-new-port");
    expect(ids("port-vs-socket", "Each connection keeps the server's port; the client side uses its own ephemeral port.")).not.toContain("common-server-new-port");
  });
  it("round 18's slips: errnos, RFC numbers, tool flags, kernel defaults and versions said wrong (the right twin is not flagged)", () => {
    const pairs: [string, string, string, string][] = [
      ["client-socket-flow", "fact-connect-refused-errno", "A blocking connect() fails with ECONNRESET if the server host answers the SYN with an RST because nothing is listening on that port.", "A blocking connect() fails with ECONNREFUSED if the server host answers the SYN with an RST because nothing is listening on that port."],
      ["eaddrinuse-cause", "fact-lsof-port-flag", "ss -ltnp나 lsof -p :8080으로 port를 잡고 있는 process를 찾습니다.", "ss -ltnp나 lsof -i :8080으로 port를 잡고 있는 process를 찾습니다."],
      ["four-way-handshake", "fact-fin-timeout-time-wait", "리눅스에서는 이 TIME_WAIT 시간을 net.ipv4.tcp_fin_timeout으로 조절할 수 있습니다.", "tcp_fin_timeout은 TIME_WAIT가 아니라 FIN_WAIT_2 시간을 정합니다."],
      ["http3-why-udp", "fact-quic-http3-rfc", "QUIC 자체는 RFC 9114로 표준화됐습니다.", "QUIC 자체는 RFC 9000으로 표준화됐습니다."],
      ["tls-sni-alpn", "fact-sni-alpn-rfc", "SNI는 RFC 7301에 정의된 ClientHello extension입니다.", "SNI는 RFC 6066에 정의된 ClientHello extension입니다."],
      ["socket-address-structures", "fact-inet-pton-success", "inet_pton()은 문자열 IP를 바꿔 주는 함수고, 성공하면 0을 반환합니다.", "inet_pton()은 문자열 IP를 바꿔 주는 함수고, 성공하면 1을 반환합니다."],
      ["blocking-vs-nonblocking", "fact-connect-ealready", "connect() is the special case: it returns EALREADY immediately while the handshake carries on.", "connect() is the special case: it returns EINPROGRESS immediately while the handshake carries on."],
      ["rst-vs-fin", "fact-rst-econnaborted", "An RST aborts the connection, and the side receiving it gets ECONNABORTED on its next recv().", "An RST aborts the connection, and the side receiving it gets ECONNRESET on its next recv()."],
      ["client-port-exhaustion", "fact-tw-recycle-removed", "tcp_tw_recycle은 NAT 문제가 있어서 리눅스 3.10에서 제거됐습니다.", "tcp_tw_recycle은 NAT 문제가 있어서 리눅스 4.12에서 제거됐습니다."],
      ["tcp-header-flags", "fact-tcp-header-max", "option 없으면 20바이트, TCP header에 option을 붙이면 최대 64바이트까지 늘어납니다.", "option 없으면 20바이트, TCP header에 option을 붙이면 최대 60바이트까지 늘어납니다."],
      ["c10k-reactor-proactor", "fact-c10k-year", "C10K는 동시 connection 문제로, 2003년에 Dan Kegel이 정리했습니다.", "C10K는 동시 connection 문제로, 1999년에 Dan Kegel이 정리했습니다."],
      ["syn-and-accept-queues", "fact-somaxconn-default", "somaxconn 기본값은 커널 5.4부터 1024입니다.", "somaxconn 기본값은 커널 5.4부터 4096입니다."],
      ["tcp-keepalive-vs-http-keepalive", "fact-keepalive-idle", "idle 기준인 tcp_keepalive_time은 Linux 기본값이 3600초라서 줄여야 합니다.", "idle 기준인 tcp_keepalive_time은 Linux 기본값이 7200초라서 줄여야 합니다."],
      ["three-way-handshake", "fact-syn-retries-default", "리눅스에서는 net.ipv4.tcp_syn_retries 기본값이 3이라서 세 번까지 재시도합니다.", "리눅스에서는 net.ipv4.tcp_syn_retries 기본값이 6이라서 여섯 번까지 재시도합니다."],
      ["server-socket-flow", "fact-htonl-port", "포트는 네트워크 바이트 순서여야 하니까 htonl()로 바꿔서 넣습니다.", "포트는 네트워크 바이트 순서여야 하니까 htons()로 바꿔서 넣습니다."],
    ];
    expectTwins(pairs, facts);
    expectTwins([["four-way-handshake", "fact-handshake-order", "연결은 SYN, ACK, SYN-ACK 순서로 맺어집니다.", "연결할 때는 SYN과 ACK을 SYN+ACK 한 segment로 합칠 수 있습니다."]], facts);
    // (Not a slip: the TIME_WAIT myth named to reject it, both RFCs named together.)
    expect(facts("four-way-handshake", "tcp_fin_timeout을 줄여도 TIME_WAIT는 짧아지지 않습니다.")).toEqual([]);
    expect(facts("tls-sni-alpn", "SNI와 ALPN은 각각 RFC 6066과 RFC 7301에 정의돼 있습니다.")).toEqual([]);
    expect(facts("http3-why-udp", "HTTP/3 (RFC 9114) runs over QUIC (RFC 9000).")).toEqual([]);
    expect(facts("client-socket-flow", "If nothing is listening, the RST makes connect() fail with ECONNREFUSED; ECONNRESET only happens on an established connection.")).toEqual([]);
  });
  it("round 19's common myths are caught in any question, and a rejection or the right statement is not", () => {
    const pairs: [string, string, string, string][] = [
      ["udp-socket-identification", "common-udp-socket-per-sender", "UDP도 클라이언트마다 새 소켓이 생기고, 커널이 송신자별로 나눠 줍니다.", "UDP는 TCP와 달리 클라이언트마다 새 소켓을 만들지 않고, 소켓 하나로 모든 송신자의 데이터그램을 받습니다."],
      ["transport-multiplexing", "common-udp-socket-per-sender", "When a datagram arrives from a new source the kernel automatically creates a new socket for that sender.", "Unlike TCP, UDP does not create a new socket for each sender; one socket receives everything."],
      ["client-socket-flow", "common-client-uses-server-port", "bind를 안 하면 커널이 목적지 포트와 같은 번호를 출발지 포트로 설정합니다.", "클라이언트는 목적지 포트와 같은 번호를 출발지 포트로 쓰지 않고, 커널이 고른 임시 포트를 씁니다."],
      ["url-to-socket-journey", "common-client-uses-server-port", "The client socket is bound to local port 443 as well.", "The client socket is not bound to port 443; only the server listens there, and the client gets an ephemeral port."],
      ["server-socket-flow", "common-accept-does-handshake", "accept()가 3-way 핸드셰이크를 수행하고 새 소켓을 돌려줍니다.", "accept() does not perform the handshake; the kernel already finished it and accept() just dequeues the connection."],
      ["server-socket-flow", "common-accept-does-handshake", "accept()가 3-way 핸드셰이크를 수행하고 새 소켓을 돌려줍니다.", "The kernel completes the handshake before accept() is called; accept() performs no handshake at all."],
      ["server-socket-flow", "common-accept-does-handshake", "accept()가 3-way 핸드셰이크를 수행하고 새 소켓을 돌려줍니다.", "accept()가 핸드셰이크를 수행하는 게 아니라, 커널이 끝낸 연결을 꺼낼 뿐입니다."],
      ["port-vs-socket", "common-one-connection-per-port", "포트 하나에는 연결이 하나만 붙을 수 있어서 서버는 연결마다 포트가 필요합니다.", "포트 하나에는 연결이 하나만 붙는다는 건 오해입니다. 443번 하나에 수천 개 연결이 붙습니다."],
      ["accept-returns-new-socket", "common-connection-moved-to-new-port", "커널이 연결을 다른 포트로 옮겨 놓아야 80번 포트가 비어서 다음 클라이언트를 받습니다.", "연결을 다른 포트로 옮겨 주는 게 아니라, 새 소켓도 80번 포트를 그대로 씁니다."],
      ["what-is-a-socket", "common-udp-has-no-socket", "Connectionless UDP has no sockets at all.", "UDP has no connection, but it still has sockets: you create one with SOCK_DGRAM."],
    ];
    expectTwins(pairs, ids);
  });
  it("a Korean denial through any noun (\"…사라지는 상태가 아닙니다\"), an obligation (\"재부팅해야 한다는 뜻이 아니라\") or a double negation (\"없이 … 않는다\") is read as what it means", () => {
    expectTwins(
      [
        ["close-wait-accumulation", "close-wait-is-normal", "CLOSE_WAIT도 시간이 지나면 알아서 사라지는 상태입니다.", "CLOSE_WAIT는 TIME_WAIT처럼 시간이 지나면 알아서 사라지는 상태가 아닙니다."],
        ["eaddrinuse-cause", "must-reboot-or-kill-time-wait", "포트를 다시 쓰려면 서버를 재부팅해야 합니다.", "EADDRINUSE는 재부팅해야 한다는 뜻이 아니라, 다른 소켓이 그 주소를 쓰고 있다는 뜻입니다."],
        // "모른 채" denies what the server sees; "X만으로는 부족" denies X alone; the OS enforcing the privileged range is no protocol rule.
        ["nat-port-translation", "server-sees-private-ip", "웹 서버는 노트북의 사설 IP를 보고 응답합니다.", "웹 서버는 노트북의 사설 IP를 전혀 모른 채 공유기 IP와 바뀐 포트만 봅니다."],
        ["transport-multiplexing", "tcp-destination-only", "TCP는 목적지 포트만으로 소켓을 고릅니다.", "TCP는 목적지 포트만으로는 부족해서 4-튜플 전체로 소켓을 찾습니다."],
        // An English "doesn't" before a pattern's first part denies the whole clause; a later failure is no success.
        ["ipv6-dual-stack-socket", "ipv4-client-seen-as-plain-ipv4", "The IPv4 client shows up as a plain IPv4 address in a sockaddr_in.", "The IPv4 client doesn't show up as a plain IPv4 address in a sockaddr_in; accept() gives you a sockaddr_in6."],
        ["ipv6-dual-stack-socket", "ipv4-first-then-v6-works", "Binding 0.0.0.0 first works fine, and the [::] bind succeeds.", "Binding 0.0.0.0 first makes the later [::] bind fail instead."],
        ["tcp-vs-udp", "swapped-tcp-udp-connection-oriented", "TCP는 3-way handshake 없이 데이터를 바로 보냅니다.", "TCP는 connection-oriented라 3-way handshake 없이 데이터를 보내지 않습니다."],
        ["well-known-ports", "port-enforces-protocol", "That port-to-protocol mapping is enforced by the operating system.", "Nor is the assignment enforced; what the OS does enforce is that binding below 1024 needs root."],
      ],
      ids,
    );
  });
  it("a terse Korean note's nominalised verb (\"빠름\") and a contracted ending (\"안 타서\") match the stem a key point is written with", () => {
    const hit = (text: string) => gradeInterview(rubricOf("unix-domain-sockets"), text).keyPoints.find((k) => k.id === "faster-no-stack")!.hit;
    expect(hit("AF_UNIX 소켓은 루프백 TCP보다 빠름.")).toBe(true);
    expect(hit("AF_UNIX 소켓은 TCP/IP 스택을 안 타서 가벼움.")).toBe(true);
    expect(hit("AF_UNIX 소켓은 같은 호스트 안에서만 통신함.")).toBe(false);
  });
  it("a side that is a means is read in the property's clause or the one beside it, not three clauses on", () => {
    expect(wrong("errno", "임시 포트가 고갈되면 connect()가 EADDRINUSE로 실패합니다.").map((c) => c.property)).toContain("no-local-port");
    expect(wrong("errno", "client의 ephemeral port 고갈이 문제 → keep-alive/connection pool로 재사용, 나가는 연결엔 tcp_tw_reuse, 서버 재시작 시 bind() EADDRINUSE는 SO_REUSEADDR.")).toEqual([]);
  });
  it("a one-part pattern said in a supposition and again plainly is read where it is plain", () => {
    expectTwins(
      [["eaddrinuse-cause", "reuseaddr-shares-listener", "SO_REUSEADDR를 켜면, 이미 LISTEN 중인 소켓이 있더라도 커널이 바인드를 허용해 주기 때문에, 이전 프로세스를 찾아 죽일 필요 없이 새 서버가 바로 뜹니다.", "SO_REUSEADDR를 켜도, 이미 LISTEN 중인 소켓이 있더라도 괜찮다는 뜻은 아닙니다. 이전 프로세스가 살아 있으면 bind는 실패합니다."]],
      ids,
    );
  });
  it("round 20's slips: errnos, signal and type numbers, flag and sysctl names, RFC bounds, ports and calls said wrong (the right twin is not flagged)", () => {
    const pairs: [string, string, string, string][] = [
      ["accept-returns-new-socket", "fact-nonblocking-eintr", "With a non-blocking listener and an empty queue it returns -1 with errno EINPROGRESS, so you wait for readability.", "With a non-blocking listener and an empty queue it returns -1 with errno EAGAIN, so you wait for readability."],
      ["client-socket-flow", "fact-connect-refused-errno", "서버에 리스닝 중인 프로세스가 없으면 ECONNRESET으로 실패합니다.", "서버에 리스닝 중인 프로세스가 없으면 ECONNREFUSED로 실패합니다."],
      ["close-wait-accumulation", "fact-emfile-name", "Eventually accept() starts failing with \"Too many open files,\" errno EBADF.", "Eventually accept() starts failing with \"Too many open files,\" errno EMFILE."],
      ["econnreset-vs-epipe", "fact-sigpipe-number", "EPIPE comes together with a SIGPIPE signal (signal 9), whose default action is to terminate the process.", "EPIPE comes together with a SIGPIPE signal (signal 13), whose default action is to terminate the process."],
      ["half-close-shutdown", "fact-fin-wait-1-after-ack", "먼저 shutdown한 쪽은 자기 FIN이 ACK된 뒤에도 상대의 FIN을 기다리면서 FIN_WAIT_1 상태에 머뭅니다.", "먼저 shutdown한 쪽은 자기 FIN이 ACK된 뒤에는 상대의 FIN을 기다리면서 FIN_WAIT_2 상태에 머뭅니다."],
      ["http-keepalive-pool-timeout", "fact-nginx-keepalive-default", "keep-alive 타임아웃이 지나면 먼저 닫는데, 기본값이 Node.js는 5초, nginx는 60초입니다.", "keep-alive 타임아웃이 지나면 먼저 닫는데, 기본값이 Node.js는 5초, nginx는 75초입니다."],
      ["ipv6-dual-stack-socket", "fact-in-use-eaddrnotavail", "이미 듀얼 스택 소켓이 IPv4 쪽까지 점유하고 있어서 EADDRNOTAVAIL 에러로 실패합니다.", "이미 듀얼 스택 소켓이 IPv4 쪽까지 점유하고 있어서 EADDRINUSE 에러로 실패합니다."],
      ["listen-backlog", "fact-backlog-clamp-sysctl", "backlog 값이 net.ipv4.tcp_max_syn_backlog보다 크면 그 값으로 잘립니다.", "backlog 값이 net.core.somaxconn보다 크면 그 값으로 잘립니다."],
      ["syn-and-accept-queues", "fact-backlog-clamp-sysctl", "The backlog argument of listen() sets the maximum length of the accept queue, and the kernel caps it at net.ipv4.tcp_max_syn_backlog.", "The backlog argument of listen() sets the maximum length of the accept queue, and the kernel caps it at net.core.somaxconn."],
      ["nagle-delayed-ack", "fact-rfc1122-delayed-ack", "지연 ACK는 RFC 1122에서는 최대 1초까지 미룰 수 있게 되어 있습니다.", "지연 ACK는 RFC 1122에서는 최대 0.5초까지 미룰 수 있게 되어 있습니다."],
      ["nat-port-translation", "fact-port-stun-5060", "Both peers learn their public mappings from a STUN server on UDP port 5060.", "Both peers learn their public mappings from a STUN server on UDP port 3478."],
      ["ping-has-no-port", "fact-icmp-echo-types", "Echo Request는 타입 8, Echo Reply는 타입 1입니다.", "Echo Request는 타입 8, Echo Reply는 타입 0입니다."],
      ["select-poll-epoll", "fact-epoll-edge-flag", "It's level-triggered by default; you can request edge-triggered mode with the EPOLLONESHOT flag.", "It's level-triggered by default; you can request edge-triggered mode with the EPOLLET flag."],
      ["socket-address-structures", "fact-inet-pton-invalid", "inet_pton() returns 1 on success and -1 if the string isn't a valid address.", "inet_pton() returns 1 on success and 0 if the string isn't a valid address."],
      ["tcp-header-flags", "fact-tcp-header-max", "The basic TCP header is 20 bytes, and options can extend it up to 40 bytes in total.", "The basic TCP header is 20 bytes, and options can extend it up to 60 bytes in total."],
      ["tcp-socket-identification", "fact-getsockname-sender", "각 데이터그램을 누가 보냈는지는 getsockname()으로 확인합니다.", "각 데이터그램을 누가 보냈는지는 recvfrom()으로 확인합니다."],
      ["tls-sni-alpn", "fact-tls13-rtt", "With TLS 1.3 the full handshake costs two round trips.", "With TLS 1.3 the full handshake costs one round trip."],
      ["udp-socket-identification", "fact-udp-reply-write", "응답할 때는 그 주소를 인자로 넣어 write()를 호출합니다.", "응답할 때는 그 주소를 인자로 넣어 sendto()를 호출합니다."],
      ["url-to-socket-journey", "fact-dns-udp-853", "cache에 없으면 resolver에 보통 UDP 853번으로 질의합니다.", "cache에 없으면 resolver에 보통 UDP 53번으로 질의합니다."],
      ["what-is-a-socket", "fact-socket-type-mismatch", "socket(AF_INET, SOCK_STREAM, 0)이면 TCP socket이고, UDP socket은 SOCK_RAW로 만듭니다.", "socket(AF_INET, SOCK_STREAM, 0)이면 TCP socket이고, UDP socket은 SOCK_DGRAM으로 만듭니다."],
    ];
    expectTwins(pairs, facts);
    // (Not a slip: a connected socket's write(), EPOLLET with EPOLLONESHOT, DNS over QUIC on UDP 853, the options' own 40 bytes.)
    expect(facts("udp-socket-identification", "connect()한 UDP 소켓이라면 주소를 넘길 필요 없이 write()로 보낼 수 있습니다.")).toEqual([]);
    expect(facts("select-poll-epoll", "Edge-triggered mode is EPOLLET, often combined with EPOLLONESHOT.")).toEqual([]);
    expect(facts("url-to-socket-journey", "DNS over QUIC sends queries to the resolver on UDP 853.")).toEqual([]);
    expect(facts("tcp-header-flags", "The TCP header is 20 bytes without options; options add up to 40 bytes.")).toEqual([]);
  });
  it("round 20's false mechanisms: SNI sent encrypted, port 0 handed out unchecked, a return-value check that stops SIGPIPE", () => {
    expectTwins(
      [
        ["tls-sni-alpn", "sni-encrypted", "SNI 값은 ClientHello 안에서 서버 공개키로 암호화되어 전송됩니다.", "SNI는 ClientHello에 평문으로 실리기 때문에 중간 장비도 도메인을 볼 수 있고, 이를 암호화하려는 게 ECH입니다."],
        ["bind-port-zero", "port-zero-unchecked", "The kernel does not check whether that port is already taken, so wrap bind() in a retry loop.", "The kernel only picks a port nobody is using, then getsockname() tells you which one."],
        ["econnreset-vs-epipe", "checking-return-stops-sigpipe", "write()의 반환값을 꼼꼼히 체크하면 SIGPIPE가 오지 않습니다.", "SIGPIPE는 signal(SIGPIPE, SIG_IGN)이나 MSG_NOSIGNAL로 막고, 그다음 EPIPE를 일반 에러로 처리합니다."],
      ],
      ids,
    );
  });
  it("round 21's false alarms: a belief rejected with \"상관없습니다\", \"isn't limited to\", a client-side port shortage, edge-triggered re-notifying on new data", () => {
    expectTwins(
      [
        ["ping-has-no-port", "ping-uses-tcp-udp-port", "ping은 7번 echo 포트를 씁니다.", "가끔 ping이 7번 echo 포트를 쓴다고 생각하는 분들이 있는데 그건 별개의 echo 서비스 얘기고 ping과는 상관없습니다."],
        ["tcp-vs-udp", "swapped-tcp-udp-unreliable", "TCP is the unreliable one.", "UDP isn't limited to 'unreliable' apps."],
        ["server-port-many-clients", "common-server-new-port", "서버는 연결마다 서버 쪽에 임시 포트를 새로 하나씩 씁니다.", "포트가 모자라는 건 오히려 클라 쪽(한 IP에서 같은 서버:443으로는 임시 포트 범위만큼만 연결 가능)."],
        ["epoll-level-edge-triggered", "swapped-epoll-lt-et-reports-while-ready", "엣지 트리거도 레벨 트리거처럼 데이터가 남아 있으면 계속 알려 줍니다.", "엣지 트리거는 한 번만 알리고 끝인 건 아니고, 새 데이터가 또 들어오면 다시 알려 줍니다."],
      ],
      ids,
    );
    // ("상관없이" is "regardless of", no negation.)
    expect(ids("half-close-shutdown", "shutdown(fd, SHUT_WR)은 fd 참조 개수와 상관없이 연결에 바로 작용해서 송신 방향만 닫고 FIN을 보냅니다.")).toEqual([]);
  });
  it("round 21's slips: tool flags, kernel versions, TCP states, Windows and nginx defaults, option names, errnos and ALPN IDs said wrong (the right twin is not flagged)", () => {
    const pairs: [string, string, string, string][] = [
      ["close-wait-accumulation", "fact-ss-process-flag", "ss -tan state close-wait에 -e 옵션을 붙여서 어떤 process가 소켓을 잡고 있는지 봅니다.", "ss -tan state close-wait에 -p 옵션을 붙여서 어떤 process가 소켓을 잡고 있는지 봅니다."],
      ["epoll-level-edge-triggered", "fact-epollexclusive-version", "For the thundering herd there's EPOLLEXCLUSIVE, added in Linux 3.9.", "For the thundering herd there's EPOLLEXCLUSIVE, added in Linux 4.5."],
      ["half-close-shutdown", "fact-half-close-peer-state", "이 사이 먼저 닫은 쪽은 FIN_WAIT_2에, 상대는 LAST_ACK 상태에 머뭅니다.", "이 사이 먼저 닫은 쪽은 FIN_WAIT_2에, 상대는 CLOSE_WAIT 상태에 머뭅니다."],
      ["http-keepalive-pool-timeout", "fact-nginx-keepalive-default", "이 타임아웃은 서버마다 다른데 Node.js는 기본 5초, nginx는 기본 30초입니다.", "이 타임아웃은 서버마다 다른데 Node.js는 기본 5초, nginx는 기본 75초입니다."],
      ["nagle-delayed-ack", "fact-windows-delayed-ack", "지연 ACK는 리눅스는 40ms에서 200ms 사이에서 조절하며 윈도우는 기본 500ms입니다.", "지연 ACK는 리눅스는 40ms에서 200ms 사이에서 조절하며 윈도우는 기본 200ms입니다."],
      ["socket-address-structures", "fact-inet-pton-success", "inet_pton()은 \"127.0.0.1\" 같은 문자열 주소를 binary로 바꿔 sin_addr에 채워 주고, 성공하면 0을 리턴합니다.", "inet_pton()은 \"127.0.0.1\" 같은 문자열 주소를 binary로 바꿔 sin_addr에 채워 주고, 성공하면 1을 리턴합니다."],
      ["tcp-byte-stream-boundaries", "fact-so-nodelay", "Disabling Nagle with the SO_NODELAY option won't fix this.", "Disabling Nagle with the TCP_NODELAY option won't fix this."],
      ["tcp-header-flags", "fact-tcp-header-max", "TCP header에 option을 붙이면 header가 최대 40바이트까지 늘어납니다.", "TCP header에 option을 붙이면 header가 최대 60바이트까지 늘어납니다."],
      ["udp-socket-identification", "fact-udp-icmp-errno", "If the peer's port is closed, the ICMP port unreachable shows up as ECONNRESET on the next call.", "If the peer's port is closed, the ICMP port unreachable shows up as ECONNREFUSED on the next call."],
      ["syn-and-accept-queues", "fact-backlog-clamp-sysctl", "listen()의 backlog는 accept queue의 최대 길이인데, 커널 파라미터 net.ipv4.tcp_max_syn_backlog로 상한이 걸려서 잘립니다.", "listen()의 backlog는 accept queue의 최대 길이인데, 커널 파라미터 net.core.somaxconn으로 상한이 걸려서 잘립니다."],
      ["tls-sni-alpn", "fact-alpn-id", "ALPN은 ClientHello에 \"http/2\", \"http/1.1\" 같은 protocol ID 목록을 담아 보냅니다.", "ALPN은 ClientHello에 \"h2\", \"http/1.1\" 같은 protocol ID 목록을 담아 보냅니다."],
    ];
    expectTwins(pairs, facts);
    // (Not a slip: Windows's UDP report, the options' own 40 bytes, an nginx proxy timeout.)
    expect(facts("udp-socket-identification", "On Windows the ICMP port unreachable shows up as WSAECONNRESET.")).toEqual([]);
    expect(facts("tcp-header-flags", "The TCP header is 20 bytes; options can add up to 40 bytes.")).toEqual([]);
    expect(facts("http-keepalive-pool-timeout", "nginx의 proxy_read_timeout은 기본 60초입니다.")).toEqual([]);
  });
  it("a key point followed by the verdict that it is a misconception is denied; a myth rejected beside it is not", () => {
    const point = (text: string) => gradeInterview(rubricOf("four-way-handshake"), text).keyPoints.find((k) => k.id === "full-duplex")!;
    expect(point("A lot of people explain the fourth step by saying TCP is full duplex and each direction closes independently, but that's a misconception.").negated).toBe(true);
    expect(point("TCP가 full-duplex라서 방향별로 따로 닫는다는 건 흔한 오해입니다.").negated).toBe(true);
    expect(point("TCP is full duplex, so each direction closes independently; thinking one FIN closes both is a misconception.").hit).toBe(true);
    expect(point("흔히 FIN 하나로 끝난다고 오해하지만, TCP는 full-duplex라서 방향별로 따로 닫습니다.").hit).toBe(true);
    // (A part of the point said elsewhere on its own, where the point cannot be made, does not keep it;
    // "in the total number" is no turn to the truth, unlike "in fact".)
    const epoll = (text: string) => gradeInterview(rubricOf("select-poll-epoll"), text).keyPoints.find((k) => k.id === "epoll-ready-list")!;
    expect(epoll("epoll is Linux's newer interface. People often say epoll_wait returns only the ready descriptors, but that's a misconception: the kernel still walks every fd, so the cost is O(n) in the total number of connections. So epoll is not faster.").negated).toBe(true);
    expect(epoll("People often say epoll_wait returns only the ready descriptors, but that's a misconception; in fact epoll_wait returns only the ready ones, from a ready list the kernel keeps.").hit).toBe(true);
    // (The verdict first, "A common misconception is that …", and Korean "그건 오히려 반대입니다", reject as well.)
    expect(point("A common misconception is that TCP is full duplex and each direction closes independently.").negated).toBe(true);
    expect(point("A common misconception is that one FIN closes both directions; in fact TCP is full duplex and each direction closes independently.").hit).toBe(true);
    // (A belief reported and turned from, "흔히 X라고 설명하지만 실제로는 …", "People often say X, but actually …", rejects X.)
    expect(point("흔히 TCP는 full-duplex라서 방향별로 따로 닫는다고 설명하지만, 실제로는 FIN 하나면 연결 전체가 끝납니다.").negated).toBe(true);
    expect(point("People often say TCP is full duplex and each direction closes independently, but actually one FIN closes both.").negated).toBe(true);
    expect(point("TCP is full duplex and each direction closes independently, but actually most apps close both at once.").hit).toBe(true);
    const shorter = gradeInterview(rubricOf("http-keepalive-pool-timeout"), "흔히 client pool의 idle timeout을 서버 keep-alive timeout보다 짧게 잡으라고 하는데, 그건 오히려 반대입니다.").keyPoints.find((k) => k.id === "client-timeout-shorter")!;
    expect(shorter.negated).toBe(true);
    const nonblocking = (text: string) => gradeInterview(rubricOf("blocking-vs-nonblocking"), text).keyPoints.find((k) => k.id === "returns-immediately")!;
    expect(nonblocking("많이들 non-blocking이면 데이터가 없을 때 recv()가 바로 -1과 EAGAIN을 돌려준다고 알고 있지만 그건 오해입니다. 커널이 스레드를 다른 소켓 처리에 돌려쓸 수 있게 해 줄 뿐입니다.").negated).toBe(true);
  });
  it("round 21's negated truths in other words: one FIN tearing down both directions, ClientHello in the SYN, 443 as a rendezvous point, ONESHOT re-armed by the kernel", () => {
    expectTwins(
      [
        ["four-way-handshake", "one-fin-closes-both", "A FIN doesn't close just one direction; it tears down the whole connection, so neither side can send any more data.", "A FIN closes only the sender's direction; the peer can still send until it closes too."],
        ["tls-sni-alpn", "sni-in-syn", "클라이언트가 보내는 SYN에 ClientHello가 같이 실리고 서버의 SYN-ACK에 ServerHello가 실려 옵니다.", "TCP 3-way 핸드셰이크가 끝난 뒤 같은 소켓으로 ClientHello를 보냅니다."],
        ["url-to-socket-journey", "common-connection-moved-to-new-port", "Port 443 is only a rendezvous point; the kernel allocates a fresh port on the server side for this client.", "The accepted socket keeps port 443; the client's ephemeral port tells the connections apart."],
        ["epoll-level-edge-triggered", "oneshot-auto-rearm", "EPOLLONESHOT을 주면 처리가 끝난 뒤 커널이 그 fd를 자동으로 다시 활성화해 줍니다.", "EPOLLONESHOT을 주면 처리가 끝난 뒤 EPOLL_CTL_MOD로 직접 다시 활성화해야 합니다."],
      ],
      ids,
    );
    // (SNI's "informational" myth needs its own words, not any mention of the ClientHello.)
    expect(ids("tls-sni-alpn", "SNI는 ClientHello의 확장이고, 서버는 그 이름으로 인증서를 고릅니다.")).toEqual([]);
  });
  it("round 18's remaining slips: nc -N, Windows's delayed ACK in a list, the receiver of an RST, htonl() past an address, a header maximum without the word TCP, SOCK_DGRAM before \"TCP 소켓\"", () => {
    const pairs: [string, string, string, string][] = [
      ["half-close-shutdown", "fact-nc-half-close-flag", "예를 들어 OpenBSD nc는 -z 옵션을 주면 stdin이 EOF가 될 때 소켓에 shutdown을 호출해 줍니다.", "예를 들어 OpenBSD nc는 -N 옵션을 주면 stdin이 EOF가 될 때 소켓에 shutdown을 호출해 줍니다."],
      ["nagle-delayed-ack", "fact-windows-delayed-ack", "RFC 1122 caps the delay below 500 ms; Linux varies it between 40 and 200 ms, and Windows defaults to 500 ms.", "RFC 1122 caps the delay below 500 ms; Linux varies it between 40 and 200 ms, and Windows defaults to 200 ms."],
      ["rst-vs-fin", "fact-rst-econnaborted", "An RST aborts the connection immediately. The side receiving it gets ECONNABORTED on its next recv().", "An RST aborts the connection immediately. The side receiving it gets ECONNRESET on its next recv()."],
      ["server-socket-flow", "fact-htonl-port", "sockaddr_in 구조체에 AF_INET, 주소, 포트를 넣는데, 포트는 네트워크 바이트 순서여야 하니까 htonl()로 바꿔서 넣습니다.", "sockaddr_in 구조체에 AF_INET, 주소, 포트를 넣는데, 포트는 네트워크 바이트 순서여야 하니까 htons()로 바꿔서 넣습니다."],
      ["tcp-header-flags", "fact-tcp-header-max", "header 필드는 data offset, flags, checksum이고, option을 붙이면 최대 64바이트까지 늘어납니다.", "header 필드는 data offset, flags, checksum이고, option을 붙이면 최대 60바이트까지 늘어납니다."],
      ["what-is-a-socket", "fact-socket-type-mismatch", "예를 들어 socket(AF_INET, SOCK_DGRAM, 0)으로 TCP 소켓을 만듭니다.", "예를 들어 socket(AF_INET, SOCK_STREAM, 0)으로 TCP 소켓을 만듭니다."],
    ];
    expectTwins(pairs, facts);
    // (htons() for the port named in the sentence: htonl() is for the address there.)
    expect(facts("socket-address-structures", "htons() converts the 16-bit port; htonl() converts 32-bit values such as INADDR_ANY.")).toEqual([]);
  });
  it("round 22's swaps read by contrast properties: epoll's default mode and EPOLLET, the receiver arming the RTO, L7 forwarding packets, Reactor as completion-based, TCP giving message boundaries", () => {
    const cases: [string, string, string, string][] = [
      ["epoll-lt-et", "default-mode", "Edge-triggered is what epoll does by default, while level-triggered is turned on with the EPOLLET flag.", "Level-triggered is what epoll does by default, while edge-triggered is turned on with the EPOLLET flag."],
      ["sender-receiver", "runs-rto", "수신 측이 재전송 타이머(RTO)를 걸어 두고 기다립니다.", "송신 측이 재전송 타이머(RTO)를 걸어 두고 기다립니다."],
      ["l4-l7-lb", "forwards-packets", "An L7 balancer just forwards the client's packets to the backend.", "An L4 balancer just forwards the client's packets to the backend."],
      ["reactor-proactor", "completion", "Reactor 패턴은 completion 기반이에요.", "Proactor 패턴은 completion 기반이에요."],
      ["tcp-udp", "keeps-boundaries", "With a TCP socket each send() arrives as one message on the other side.", "With a UDP socket each send() arrives as one message on the other side."],
    ];
    for (const [id, property, swapped, right] of cases) {
      expect(wrong(id, swapped).map((c) => c.property), swapped).toContain(property);
      expect(wrong(id, right), right).toEqual([]);
    }
  });
  it("round 22's slips: O_ASYNC, ENFILE for the per-process limit, FIN_WAIT_1 in a half-close, Node's 5 s keep-alive, the RFC's 500 ms, CAP_NET_RAW, inet_pton's 1, WebSocket's RFC, tcp_syncookies, TCP's RFC (the right twin is not flagged)", () => {
    const pairs: [string, string, string, string][] = [
      ["blocking-vs-nonblocking", "fact-o-async-nonblock", "논블로킹 소켓은 fcntl()로 O_ASYNC 플래그를 켜서 만듭니다.", "논블로킹 소켓은 fcntl()로 O_NONBLOCK 플래그를 켜서 만듭니다."],
      ["close-wait-accumulation", "fact-emfile-name", "Eventually the process hits 'Too many open files' (ENFILE) and can't accept().", "Eventually the process hits 'Too many open files' (EMFILE) and can't accept()."],
      ["half-close-shutdown", "fact-half-close-fin-wait-1", "While this is going on, the side that called shutdown sits in FIN_WAIT_1 and the peer sits in CLOSE_WAIT.", "While this is going on, the side that called shutdown sits in FIN_WAIT_2 and the peer sits in CLOSE_WAIT."],
      ["http-keepalive-pool-timeout", "fact-node-keepalive-default", "B의 keep-alive timeout(Node.js http 서버는 기본 15초)이 지나면 서버가 먼저 닫습니다.", "B의 keep-alive timeout(Node.js http 서버는 기본 5초)이 지나면 서버가 먼저 닫습니다."],
      ["nagle-delayed-ack", "fact-rfc-delayed-ack-seconds", "지연 ACK가 기다리는 시간은 RFC상 1초를 넘으면 안 됩니다.", "지연 ACK가 기다리는 시간은 RFC상 500ms를 넘으면 안 됩니다."],
      ["ping-has-no-port", "fact-ping-capability", "ping은 보통 raw socket을 쓰기 때문에 CAP_NET_ADMIN 권한이 필요합니다.", "ping은 보통 raw socket을 쓰기 때문에 CAP_NET_RAW 권한이 필요합니다."],
      ["socket-address-structures", "fact-inet-pton-success", "inet_pton() takes a printable address such as \"10.0.0.1\" and writes it into sin_addr; it returns 0 on success.", "inet_pton() takes a printable address such as \"10.0.0.1\" and writes it into sin_addr; it returns 1 on success."],
      ["socket-vs-websocket", "fact-rfc-number", "웹소켓은 RFC 7692에 정의된 애플리케이션 계층 프로토콜입니다.", "웹소켓은 RFC 6455에 정의된 애플리케이션 계층 프로토콜입니다."],
      ["syn-and-accept-queues", "fact-syncookies-sysctl", "Linux's defence, SYN cookies, is on by default (net.ipv4.tcp_synack_retries=1).", "Linux's defence, SYN cookies, is on by default (net.ipv4.tcp_syncookies=1)."],
      ["three-way-handshake", "fact-tcp-handshake-rfc", "SYN, SYN-ACK, ACK로 이루어진 이 절차는 RFC 768에 정의되어 있어요.", "SYN, SYN-ACK, ACK로 이루어진 이 절차는 RFC 793에 정의되어 있어요."],
    ];
    expectTwins(pairs, facts);
    // (Not a slip: the system-wide limit's own message, WebSocket compression's RFC, QUIC's handshake RFC.)
    expect(facts("close-wait-accumulation", "The system-wide limit gives 'Too many open files in system' (ENFILE).")).toEqual([]);
    expect(facts("socket-vs-websocket", "WebSocket is RFC 6455; its permessage-deflate compression extension is RFC 7692.")).toEqual([]);
    expect(facts("http3-why-udp", "QUIC's handshake with TLS 1.3 is specified in RFC 9001.")).toEqual([]);
  });
  it("round 22's false mechanisms in other words: listen() blocking until a SYN, NAT keeping TCP mappings until FIN, ping's fixed port 7, ss scanning its own ports", () => {
    expectTwins(
      [
        ["listen-backlog", "listen-blocks", "listen()을 호출하면 첫 번째 클라이언트의 SYN이 도착할 때까지 블로킹됩니다.", "listen()은 소켓을 LISTEN 상태로 바꾸고 바로 리턴합니다."],
        ["nat-port-translation", "mapping-never-expires", "TCP는 공유기가 FIN이나 RST를 보기 전에는 매핑을 절대 지우지 않습니다.", "TCP 매핑도 오래 조용하면 공유기가 타임아웃으로 지울 수 있습니다."],
        ["ping-has-no-port", "ping-uses-tcp-udp-port", "ICMP echo traffic is always addressed to port 7, a fixed, well-known port.", "ICMP has no ports; echo replies are matched by identifier and sequence number."],
        ["inspect-open-ports", "tools-open-ports", "ss가 로컬호스트의 포트들에 차례로 SYN을 보내서 열린 포트를 찾습니다.", "ss는 커널의 소켓 테이블을 읽어서 LISTEN 중인 소켓을 보여 줍니다."],
      ],
      ids,
    );
  });
  it("round 25: a belief turned down by the next sentence or a Korean \"…는데\" is rejected; a refusal denies a property; a call is not a lexicon word", () => {
    expectTwins(
      [
        // A bare denial in the next sentence ("It isn't.", "That's not what happens either.") rejects the belief before it.
        ["accept-returns-new-socket", "accept-does-handshake", "accept() is what performs the TCP handshake. It takes the connection and returns a new socket.", "A common belief is that accept() is what performs the TCP handshake. It isn't: the kernel completes the handshake by itself."],
        ["time-wait-purpose", "time-wait-pileup-is-leak", "A big TIME_WAIT count is a leak in the server. Restart it.", "People often treat a big TIME_WAIT count as a leak. It isn't; it is normal TCP behaviour."],
        // Korean: "…로 보는 경우가 많은데 그렇지 않습니다", "…라고 생각하기 쉬운데", a colon inside quotes frames nothing.
        ["what-is-a-socket", "socket-equals-port", "소켓은 포트와 같은 것입니다.", "소켓을 포트와 같은 것으로 보는 경우가 많은데 그렇지 않습니다. 포트는 번호일 뿐입니다."],
        ["l4-vs-l7-load-balancer", "trust-forwarded-as-is", "X-Forwarded-For 값이면 무조건 믿어도 됩니다.", "X-Forwarded-For 값이면 무조건 믿어도 된다고 생각하기 쉬운데, 클라이언트가 직접 넣을 수 있으니 우리 프록시가 붙인 항목만 믿어야 합니다."],
        ["tcp-keepalive-vs-http-keepalive", "http-keepalive-built-on-tcp-keepalive", "Connection: keep-alive 헤더를 보내면 TCP keepalive가 켜진다.", "자주 하는 오해가 'Connection: keep-alive 헤더를 보내면 TCP keepalive가 켜진다'는 건데, 둘은 전혀 관계가 없습니다."],
        // "close()" names the function: the lexicon's "종료" does not stand in for it.
        ["half-close-shutdown", "close-always-rst", "close()는 강제 종료입니다.", "안 읽은 데이터가 남은 상태에서 close()하면 정상 종료 신호 대신 강제 종료 신호(RST)가 나가기도 합니다."],
        // A range described as encrypted, not "the encrypted web is 443".
        ["port-number-ranges", "ranges-are-security-levels", "잘 알려진 포트는 암호화되어 있어서 안전합니다.", "0~1023은 표준 서비스용이라 SSH는 22, 웹은 80, 암호화된 웹은 443입니다."],
        ["port-number-ranges", "wellknown-only-assigned-service", "잘 알려진 포트는 해당 서비스만 쓸 수 있습니다.", "0~1023은 오래전부터 정해진 표준 서비스용 번호입니다."],
        ["connection-refused-meaning", "refused-with-fin", "listen하는 소켓이 없으면 커널이 FIN 플래그가 켜진 세그먼트로 바로 거절합니다.", "listen하는 소켓이 없으면 커널이 FIN이 아니라 RST로 바로 거절합니다."],
      ],
      ids,
    );
    // "외부에서 오는 연결은 거절되니까": a refused property is denied, so 127.0.0.1 is not said to accept outside connections.
    expect(wrong("any-loopback", "127.0.0.1에만 bind돼 있으면 외부에서 오는 연결은 거절되니까 0.0.0.0으로 바꿔야 합니다.")).toEqual([]);
    expect(wrong("any-loopback", "127.0.0.1에만 bind돼 있으면 외부에서 오는 연결도 다 받으니까 그대로 둬도 됩니다.").length).toBeGreaterThan(0);
    // A myth quoted and called wrong ("…인데, 이것도 틀렸고") is no claim of the answer's.
    expect(wrong("tcp-udp", "다른 하나는 'UDP는 신뢰성이 없으니 중요한 트래픽엔 못 쓴다'인데, 이것도 틀렸고 QUIC처럼 UDP 위에서 재전송을 직접 구현합니다.")).toEqual([]);
    expectTwins(
      [
        ["connection-refused-meaning", "fact-dropped-syn-errno", "방화벽이 DROP하면 커널이 SYN을 몇 번 재전송하다가 한참 뒤 ECONNABORTED로 실패합니다.", "방화벽이 DROP하면 커널이 SYN을 몇 번 재전송하다가 한참 뒤 ETIMEDOUT으로 실패합니다."],
        ["inspect-open-ports", "fact-ss-numeric-flag", "ss -tlnp에서 -p 옵션이 포트 번호를 숫자로 보여 줍니다.", "ss -tlnp에서 -n은 포트를 숫자로, -p는 프로세스를 보여 줍니다."],
      ],
      facts,
    );
    expect(facts("connection-refused-meaning", "A DROP means no response at all, so the client retransmits; an RST gives ECONNREFUSED immediately.")).toEqual([]);
    // "htons()" is written as a call: it names that function and is no typo of "htonl".
    expect(ids("server-socket-flow", "sockaddr_in 구조체에 주소를 넣고 포트는 htons()로 네트워크 바이트 순서로 바꿉니다.")).not.toContain("htonl-for-port");
    expect(ids("server-socket-flow", "sockaddr_in 구조체에 주소를 넣고 포트는 htonl()로 네트워크 바이트 순서로 바꿉니다.")).toContain("htonl-for-port");
    // "응답이 안 섞이는 건": a short negation before the predicate denies it.
    expect(ids("ping-has-no-port", "한 컴퓨터에서 ping을 여러 개 동시에 돌려도 응답이 안 섞이는 건 식별 번호 덕분입니다.")).not.toContain("pings-indistinguishable");
    expectTwins(
      [
        ["econnreset-vs-epipe", "fact-sigpipe-number", "EPIPE가 날 때 커널이 SIGPIPE(시그널 15번)도 함께 보냅니다.", "EPIPE가 날 때 커널이 SIGPIPE(시그널 13번)도 함께 보냅니다."],
        ["half-close-shutdown", "fact-shutdown-how-name", "양방향을 한 번에 닫으려면 how 인자로 SHUT_BOTH를 넘깁니다.", "양방향을 한 번에 닫으려면 how 인자로 SHUT_RDWR를 넘깁니다."],
        ["nagle-delayed-ack", "fact-nodelay-level", "Nagle은 setsockopt(fd, SOL_SOCKET, TCP_NODELAY, &one, sizeof one)로 끕니다.", "Nagle은 setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one)로 끕니다."],
        ["nat-port-translation", "fact-private-range-rfc", "192.168.0.10은 RFC 1819에서 정의한 사설 대역이라 인터넷에서 라우팅되지 않습니다.", "192.168.0.10은 RFC 1918에서 정의한 사설 대역이라 인터넷에서 라우팅되지 않습니다."],
        ["socket-address-structures", "fact-inet-pton-invalid", "inet_pton()은 성공하면 1을, 문자열 형식이 잘못되면 -1을 반환합니다.", "inet_pton()은 성공하면 1을, 문자열 형식이 잘못되면 0을 반환합니다."],
        ["sync-async-blocking-matrix", "fact-io-uring-version", "For example io_uring (added in Linux 4.5) reports completions.", "For example io_uring (added in Linux 5.1) reports completions."],
        ["udp-socket-identification", "fact-sockaddr-un-for-ip", "누가 보냈는지는 recvfrom()이 struct sockaddr_un에 채워 주는 source IP/port로 압니다.", "누가 보냈는지는 recvfrom()이 struct sockaddr_in에 채워 주는 source IP/port로 압니다."],
        ["tcp-byte-stream-boundaries", "fact-mss-mtu-1500", "세그먼트 크기는 MSS(이더넷 MTU 1500이면 보통 1480바이트)에 맞춥니다.", "세그먼트 크기는 MSS(이더넷 MTU 1500이면 보통 1460바이트)에 맞춥니다."],
        ["http-keepalive-pool-timeout", "fact-node-keepalive-default", "Node.js http 서버의 keepAliveTimeout 기본값은 60초입니다.", "Node.js http 서버의 keepAliveTimeout 기본값은 5초입니다."],
        ["what-is-a-socket", "fact-failure-returns-zero", "socket() returns a file descriptor, or 0 if it fails.", "socket() returns a file descriptor, or -1 if it fails."],
        ["ipv6-dual-stack-socket", "fact-bind-in-use-errno", "이 소켓이 이미 IPv4 쪽 8080번까지 점유하고 있으므로 0.0.0.0:8080에 bind하면 EADDRNOTAVAIL로 실패합니다.", "이 소켓이 이미 IPv4 쪽 8080번까지 점유하고 있으므로 0.0.0.0:8080에 bind하면 EADDRINUSE로 실패합니다."],
        ["server-socket-flow", "fact-bind-in-use-errno", "이미 다른 socket이 쓰고 있는 port면 bind()가 ECONNREFUSED로 실패합니다.", "이미 다른 socket이 쓰고 있는 port면 bind()가 EADDRINUSE로 실패합니다."],
        ["socket-address-structures", "fact-sockaddr-in-size", "sockaddr_in에는 sin_family, sin_port, sin_addr, sin_zero가 있어서 전체 크기가 32바이트입니다.", "sockaddr_in에는 sin_family, sin_port, sin_addr, sin_zero가 있어서 전체 크기가 16바이트입니다."],
      ],
      facts,
    );
    // (RFC 6335's dynamic/private ports; a duplicate-ACK count with SACK in another clause is still read.)
    expect(facts("ephemeral-port", "IANA(RFC 6335)는 49152~65535를 dynamic/private 범위로 권장합니다.")).toEqual([]);
    expect(facts("tcp-reliability-mechanisms", "duplicate ACK이 2개 오면 바로 재전송하고, SACK option을 쓰면 빠진 부분만 보냅니다.")).toContain("fact-dup-ack-count");
    // (A field's size, the IPv6 struct's, or htonl()'s 32-bit values are not slips about the port or sockaddr_in.)
    expect(facts("socket-address-structures", "sockaddr_in has a two-byte port and a four-byte address; sockaddr_in6 is 28 bytes.")).toEqual([]);
    expect(facts("socket-address-structures", "That's why the port goes through htons(); htonl() does the same for 32-bit values like INADDR_ANY.")).toEqual([]);
    // "looks at X to decide …", "X를 보고 …": what an agent decides by carries the property; "X를 써서" (using it) does not.
    expect(wrong("source-destination-port", "On arrival, the receiving host looks at the source port to decide which local program gets the data.").map((c) => c.property)).toContain("selects-application");
    expect(wrong("source-destination-port", "The kernel uses the destination port to decide which application gets the data.")).toEqual([]);
    expect(wrong("source-destination-port", "커널은 출발지 포트를 보고 어느 프로그램에 줄지 정합니다.").map((c) => c.property)).toContain("selects-application");
    expect(wrong("source-destination-port", "커널은 목적지 포트를 보고 어느 프로그램에 줄지 정합니다.")).toEqual([]);
    expect(wrong("port-socket", "소켓은 그 포트를 써서 실제로 데이터를 주고받는 통신 endpoint 객체예요.")).toEqual([]);
    // "흔한 오해가 X는 건데": the cue as the subject of the belief rejects the claim inside it.
    expect(wrong("socket-calls", "여기서 흔한 오해가 listen()이 클라이언트가 올 때까지 블로킹하며 기다린다는 건데, listen()은 바로 반환됩니다.")).toEqual([]);
  });
  it("round 25's false mechanisms: recv() filling the buffer, the OS enforcing IANA, a checksum that repairs, epoll's \"read complete\", and myths of single questions", () => {
    expectTwins(
      [
        ["blocking-vs-nonblocking", "common-blocking-recv-fills-buffer", "블로킹 소켓에서 recv(fd, buf, 4096, 0)을 부르면 4096바이트가 다 찰 때까지 반환하지 않습니다.", "블로킹 소켓의 recv()는 데이터가 조금이라도 오면 그만큼만 돌려주고 반환합니다."],
        ["well-known-ports", "common-os-enforces-iana", "The kernel checks the IANA assignments in /etc/services before it lets a program bind a well-known port.", "The kernel only checks privilege for ports below 1024; /etc/services just maps names to numbers."],
        ["tcp-reliability-mechanisms", "common-checksum-corrects", "The TCP checksum is an error-correcting code, so the receiver can repair flipped bits itself.", "The checksum only detects damage; a corrupted segment is dropped and recovered by retransmission."],
        ["c10k-reactor-proactor", "common-epoll-read-complete", "다 채워지면 epoll이 '읽기 완료' 이벤트를 올려 줍니다.", "epoll은 읽을 준비가 된 소켓만 알려 주고, 읽기는 애플리케이션이 recv()로 합니다."],
        ["url-to-socket-journey", "common-listener-becomes-connection", "443에서 listen하던 socket이 handshake가 끝나면 바로 그 클라이언트와의 통신 socket이 되고, 새 socket이 다음 연결을 받습니다.", "443에서 listen하던 socket은 그대로 남고, accept()가 그 클라이언트와의 통신 socket을 새로 돌려줍니다."],
        ["bind-port-zero", "getpeername-reads-chosen-port", "The kernel records the port, so you read it back with getpeername().", "The kernel records the port, so you read it back with getsockname()."],
        ["econnreset-vs-epipe", "sigpipe-cannot-be-ignored", "SIGPIPE는 SIGKILL처럼 무시할 수 없습니다.", "SIGPIPE는 signal(SIGPIPE, SIG_IGN)으로 무시할 수 있습니다."],
        ["syn-and-accept-queues", "syncookie-per-ip", "SYN cookie는 source IP별로 완료되지 않은 handshake 수를 세어 임계치를 넘긴 IP의 SYN을 drop합니다.", "SYN cookies encode the connection in the SYN-ACK's sequence number and keep no state."],
        ["socket-vs-websocket", "websocket-no-frames", "After the 101 the connection becomes a raw bidirectional TCP pipe.", "After the 101 both sides exchange WebSocket frames, so messages keep their boundaries."],
        ["four-way-handshake", "fin-cannot-carry-ack", "FIN은 ACK와 함께 보낼 수 없어서 따로 보내야 합니다.", "FIN도 ACK와 한 세그먼트에 실을 수 있어서 FIN+ACK가 흔합니다."],
        ["time-wait-purpose", "time-wait-retransmits-ack", "During TIME_WAIT the kernel keeps retransmitting the ACK on a timer.", "During TIME_WAIT the kernel re-sends the ACK only if the peer's FIN comes again."],
        ["so-reuseaddr-reuseport", "reuseaddr-kills-time-wait", "It works by telling the kernel to tear those TIME_WAIT connections down at bind() time.", "It works by letting the new socket bind even though those TIME_WAIT connections stay until they expire."],
        ["url-to-socket-journey", "dns-gives-port", "DNS로 받는 A 레코드에는 IP 주소와 함께 포트 번호도 들어 있습니다.", "DNS로 받는 A 레코드에는 IP 주소만 들어 있고, 포트는 https의 기본값 443입니다."],
        ["server-port-many-clients", "backlog-caps-concurrent", "backlog가 동시 접속 수의 상한이라 1024로 주면 1025번째부터 접속이 거절됩니다.", "backlog는 accept 전의 대기열 길이라서 동시 접속 수와는 관계없습니다."],
      ],
      ids,
    );
    // (Not "the encrypted web": a lost segment "복구됩니다" by retransmission is no checksum repair.)
    expect(ids("tcp-reliability-mechanisms", "체크섬이 맞지 않는 세그먼트는 버려지고, 손실은 재전송으로 복구됩니다.")).not.toContain("common-checksum-corrects");
    expect(ids("one-port-many-sockets", "서버는 연결을 상대 IP와 포트까지 4-튜플로 구분합니다.")).not.toContain("identified-by-ip-only");
  });
  it("round 26: a quote glued to a particle, \"no\" before a noun, \"no-op\", \"also in\", a machine's kind and an attributive \"wrong\" read as a reader would; round 26's myths", () => {
    // ("backlog는 \"최대 동시 접속 수\"가 아닙니다": the quote with its particle stays in the clause, so the denial reaches it.)
    expect(ids("listen-backlog", 'backlog는 "최대 동시 접속 수"가 아닙니다.')).not.toContain("common-backlog-caps-concurrent");
    expect(ids("syn-and-accept-queues", "The backlog caps how many clients can be connected at once, until someone disconnects.")).toContain("common-backlog-caps-concurrent");
    // "TCP's byte stream has no boundaries": "no" denies the boundaries, not the byte stream.
    expect(wrong("tcp-udp", "UDP is connectionless, with an 8-byte header, but each datagram keeps its message boundary, whereas TCP's byte stream has no boundaries and the application must frame its own messages.")).toEqual([]);
    // "ALPN, also in the ClientHello, lists …": "also" before a place adds ALPN to nothing said before.
    expect(wrong("sni-alpn", "SNI names the hostname the client wants. ALPN, also in the ClientHello, lists the application protocols.")).toEqual([]);
    // "(big-endian host에서는 no-op)", "a no-op on big-endian ones": a property naming a machine's kind describes that machine.
    expect(wrong("byte-order", "x86 같은 little-endian host에서는 htons()가 바이트를 뒤집습니다(big-endian host에서는 no-op입니다).")).toEqual([]);
    expect(wrong("byte-order", "htons() swaps the two bytes on little-endian hosts and is a no-op on big-endian ones.")).toEqual([]);
    expect(wrong("byte-order", "x86 같은 little-endian host도 사실 big-endian입니다.").length).toBeGreaterThan(0);
    // ("…the kernel would find the fields in the wrong positions": an attributive "wrong" rejects nothing.)
    expect(ids("socket-address-structures", "When you cast, the compiler converts the sockaddr_in into the generic layout, since otherwise the kernel would find the fields in the wrong positions.")).toContain("cast-converts-layout");
    expectTwins(
      [
        ["econnreset-vs-epipe", "common-send-waits-ack", "send() on a TCP socket only returns success after the peer's kernel has acknowledged the bytes.", "send() on a TCP socket returns once the bytes are copied into the kernel's send buffer."],
        ["tcp-header-flags", "common-fin-closes-both-directions", "When one side sends FIN and the peer ACKs it, neither side may send any more data.", "When one side sends FIN, only its direction closes; the peer may keep sending until its own FIN."],
        ["what-is-a-socket", "common-socket-in-user-space", "socket은 libc 같은 user space 라이브러리가 프로세스 메모리 안에 만들어 관리하는 구조체예요.", "socket은 커널이 관리하는 객체이고 프로세스는 fd 번호만 가집니다."],
        ["select-poll-epoll", "common-epoll-no-read-needed", "epoll_wait()가 리턴하면 read()를 따로 호출할 필요 없이 바로 데이터를 처리할 수 있습니다.", "epoll_wait()가 리턴하면 준비된 fd에서 read()로 데이터를 읽습니다."],
        ["tls-sni-alpn", "sni-encrypted-tls13", "In TLS 1.3 the SNI extension is encrypted, so your ISP can no longer see which site you visit.", "Even in TLS 1.3 the SNI travels in clear unless ECH is used."],
        ["tls-sni-alpn", "tls-inside-tcp-handshake", "The kernel puts the TLS ClientHello into the SYN, so HTTPS costs no extra round trip.", "The TLS handshake starts after the TCP handshake, over the established connection."],
        ["l4-vs-l7-load-balancer", "l4-per-packet", "L4는 패킷 하나하나를 독립적으로 round-robin으로 backend에 뿌립니다.", "L4는 연결 단위로 backend를 정하고 그 연결의 패킷은 모두 같은 backend로 갑니다."],
        ["blocking-vs-nonblocking", "fact-connect-result-sockopt", "When the socket reports writable you call getsockopt() with SO_LINGER to see whether the connection succeeded.", "When the socket reports writable you call getsockopt() with SO_ERROR to see whether the connection succeeded."],
        ["nagle-delayed-ack", "fact-windows-delayed-ack", "리눅스는 이 대기 시간이 보통 40ms 정도이고 윈도우는 기본 500ms입니다.", "리눅스는 이 대기 시간이 보통 40ms 정도이고 윈도우는 기본 200ms입니다."],
        ["port-number-ranges", "fact-linux-ephemeral-range", "Windows는 IANA 권장대로 49152~65535를 쓰고 Linux는 기본값이 32768~65535입니다.", "Windows는 IANA 권장대로 49152~65535를 쓰고 Linux는 기본값이 32768~60999입니다."],
        ["tcp-vs-udp", "fact-udp-header-size", "UDP는 연결 없이 데이터그램을 보내고, 헤더도 12바이트로 작은 대신 순서를 보장하지 않습니다.", "UDP는 연결 없이 데이터그램을 보내고, 헤더도 8바이트로 작은 대신 순서를 보장하지 않습니다."],
        ["what-is-a-socket", "fact-failure-returns-zero", "socket() returns a file descriptor, a small non-negative integer, or 0 if it fails.", "socket() returns a file descriptor, a small non-negative integer, or -1 if it fails."],
        ["ephemeral-port", "port-at-socket-call", "할당 시점은 socket()을 호출해서 소켓이 만들어지는 순간이에요.", "임시 포트는 connect()를 호출할 때 커널이 할당합니다."],
      ],
      ids,
    );
  });

  it("round 27: an attributive Korean \"틀린\" and a verb's \"대신\" (on its behalf) leave a claim standing; round 27's myths", () => {
    // "틀린 비트를 고칠 수 있는": "틀린" before a thing's noun rejects nothing; "틀린 설명입니다" still does.
    expect(ids("tcp-reliability-mechanisms", "TCP 체크섬은 해밍 코드처럼 틀린 비트를 찾아 고칠 수 있는 정보를 담고 있어서, 손상된 세그먼트를 재전송 없이 복원합니다.")).toContain("common-checksum-corrects");
    expect(ids("tcp-reliability-mechanisms", "체크섬이 오류를 고친다고 보는 건 잘못된 생각이에요.")).not.toContain("common-checksum-corrects");
    // "스레드를 하나씩 붙여 대신 기다리게": after a verb's connective "대신" is "on its behalf", not "instead of".
    expect(ids("c10k-reactor-proactor", "epoll에 소켓을 등록하면 커널이 가벼운 커널 스레드를 하나씩 붙여 대신 블로킹 대기를 시킵니다.")).toContain("common-kernel-thread-per-socket");
    expect(ids("c10k-reactor-proactor", "스레드 하나씩 대신 epoll 하나로 모든 소켓을 봅니다.")).not.toContain("common-kernel-thread-per-socket");
    expectTwins(
      [
        ["select-poll-epoll", "common-kernel-thread-per-socket", "epoll_ctl()로 등록하면 커널이 그 fd마다 전담 커널 스레드를 하나씩 붙여서 감시합니다.", "epoll_ctl()로 등록하면 커널이 그 fd의 대기 큐에 콜백을 걸어 두고, 준비되면 준비 목록에 올립니다."],
        ["sync-async-blocking-matrix", "common-kernel-thread-per-socket", "With O_NONBLOCK the kernel runs a kernel thread per socket that blocks on the caller's behalf.", "With O_NONBLOCK the call returns EAGAIN at once when no data is ready; no thread waits for the caller."],
        ["inspect-open-ports", "udp-invisible", "UDP는 연결 상태가 없어서 커널 소켓 테이블에 소켓이 올라가지 않습니다.", "UDP 소켓은 ss -ulnp로 포트와 프로세스를 확인합니다."],
        ["nagle-delayed-ack", "nodelay-negotiated", "TCP_NODELAY is carried as a TCP option in the SYN, so both endpoints agree to disable Nagle.", "TCP_NODELAY only changes how this socket sends; the peer's Nagle and delayed ACK stay as they are."],
        ["tls-sni-alpn", "tls-encrypts-tcp-header", "After the handshake TCP encrypts each whole segment, so the ports and sequence numbers are hidden.", "After the handshake TLS encrypts the HTTP bytes; the TCP header, ports included, stays in clear."],
        ["http3-why-udp", "quic-uses-fec", "QUIC은 유실된 패킷을 재전송하는 대신 FEC parity 패킷으로 수신 측이 복원합니다.", "QUIC은 유실된 패킷을 스트림 단위로 재전송해서 다른 스트림은 막히지 않습니다."],
        ["half-close-shutdown", "close-discards-unsent", "close()는 아직 상대에게 전송이 끝나지 않은 데이터를 버리고 바로 끊습니다.", "close()는 송신 버퍼의 데이터를 보낸 뒤 FIN을 보냅니다."],
        ["well-known-ports", "root-needed-to-connect", "일반 사용자 프로세스는 1024 미만 포트로 connect()도 할 수 없습니다.", "일반 사용자도 1024 미만 포트로 connect()는 할 수 있고, bind()만 권한이 필요합니다."],
      ],
      ids,
    );
  });

  it("round 28: a prohibition, a step done without, a passive verb's negation, an aside in parentheses and a predicate after 이게 bind nothing to the side before them", () => {
    // "'기다리지 마' 플래그": "-지 마" is a negation.
    expect(wrong("blocking-nonblocking", "논블로킹 소켓은 fcntl로 '기다리지 마' 플래그를 켜 둔 소켓이라, 당장 못 하는 일이면 곧바로 실패로 돌아옵니다.")).toEqual([]);
    expect(wrong("blocking-nonblocking", "논블로킹 소켓은 데이터가 올 때까지 기다립니다.").length).toBeGreaterThan(0);
    // "연결 맺는 과정 없이": without the step the property describes.
    expect(wrong("tcp-udp", "UDP는 연결 맺는 과정 없이 packet 하나하나를 바로 던지는 방식이라 header가 8 byte로 가볍습니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP는 연결을 맺는 방식이라 header가 8 byte로 가볍습니다.").length).toBeGreaterThan(0);
    // "호스트 이름을 아직 암호화되지 않은 상태로 적어 보내는": a passive verb's negation is not its object's.
    expect(wrong("sni-alpn", "SNI는 ClientHello에 호스트 이름을 아직 암호화되지 않은 상태로 적어 보내는 기능입니다.")).toEqual([]);
    expect(wrong("sni-alpn", "SNI는 호스트 이름을 전달하지 않습니다.").length).toBeGreaterThan(0);
    // "… the 'finish' bit (FIN) once it has nothing more to send and the other side acknowledges it": the aside ends at ")".
    expect(wrong("fin-ack", "To close politely, each side sets the 'finish' bit (FIN) once it has nothing more to send and the other side acknowledges it.")).toEqual([]);
    expect(wrong("fin-ack", "The FIN flag acknowledges the data received so far.").length).toBeGreaterThan(0);
    // "…내려보내고(이게 다중화), 받는 쪽은 …": what "이게" is called does not act in the next clause.
    expect(wrong("mux-demux", "보내는 쪽은 번호를 붙여 내려보내고(이게 다중화), 받는 쪽은 번호들을 보고 어느 socket에 줄지 골라서 넘겨줍니다(역다중화).")).toEqual([]);
    expect(wrong("mux-demux", "다중화는 받는 쪽에서 세그먼트를 소켓에 나눠 주는 일입니다.").length).toBeGreaterThan(0);
    // Two numbers in a row are one value: "l_onoff=1) 대기 시간을 0(l_linger=0" is not "{0,0}".
    expect(ids("rst-vs-fin", "SO_LINGER를 켜고(l_onoff=1) 대기 시간을 0(l_linger=0)으로 둔 채 close()하면 RST가 나갑니다.")).not.toContain("linger-onoff-zero");
    expect(ids("rst-vs-fin", "SO_LINGER {0,0} makes close() send an RST.")).toContain("linger-onoff-zero");
    // "…can both use 443 without clashing": "without" sets the clash aside.
    expect(ids("one-port-many-sockets", "TCP and UDP number their ports separately, so a TCP socket and a UDP socket can both use 443 without clashing.")).not.toContain("tcp-udp-share-ports");
    expect(ids("one-port-many-sockets", "A TCP socket and a UDP socket can't both use 443: they would clash.")).toContain("tcp-udp-share-ports");
    // "127.0.0.1에만 바인드돼 있으면 외부 접속은 거절되니, …": "-되니" ends its clause; what follows is not its subject.
    expect(wrong("any-loopback", "127.0.0.1에만 바인드돼 있으면 외부 접속은 거절되니 0.0.0.0이나 해당 인터페이스 주소로 바인드해야 합니다.")).toEqual([]);
    expect(wrong("any-loopback", "0.0.0.0으로 바인드하면 외부 접속은 거절됩니다.").length).toBeGreaterThan(0);
    // "일치하는 연결이 없는데 SYN이면": the lack of one particular connection is not "connectionless".
    expect(wrong("tcp-udp", "TCP는 4-튜플로 소켓을 찾고, 일치하는 연결이 없는데 SYN이면 리스닝 소켓이 받습니다.")).toEqual([]);
    expect(wrong("tcp-udp", "TCP는 연결 없이 데이터를 보냅니다.").length).toBeGreaterThan(0);
    // "the listening socket isn't touched and keeps accepting others": the second predicate is not denied.
    expect(wrong("listening-connected", "accept() returns a new descriptor; the listening socket isn't touched and keeps accepting others.")).toEqual([]);
    expect(wrong("listening-connected", "The listening socket isn't kept open and doesn't keep accepting others after accept().").length).toBeGreaterThan(0);
    // "Closing is done one direction at a time" describes the half-close, not a half-duplex TCP; "a socket is bound to a port" is no "a socket is a port".
    expect(ids("four-way-handshake", "Closing is done one direction at a time: each side sends its own FIN.")).not.toContain("tcp-half-duplex");
    expect(ids("four-way-handshake", "TCP is half-duplex, so data only flows one way at a time.")).toContain("tcp-half-duplex");
    expect(ids("what-is-a-socket", "Because the socket is bound to a port, the transport layer knows which application gets a segment.")).not.toContain("socket-equals-port");
    expect(ids("what-is-a-socket", "A socket is just a port: the two words mean the same.")).toContain("socket-equals-port");
    // Round 28's slips, as general checks.
    expectTwins(
      [
        ["rst-vs-fin", "fact-econnrefused-on-established", "RST를 받은 쪽 애플리케이션은 다음 read/write에서 ECONNREFUSED 에러를 받습니다.", "connect()가 RST를 받으면 ECONNREFUSED, 연결된 뒤 read/write는 ECONNRESET입니다."],
        ["tcp-byte-stream-boundaries", "fact-nagle-off-option", "Nagle's algorithm holds back small writes, which you can turn off with TCP_NOPUSH.", "Nagle's algorithm holds back small writes, which you can turn off with TCP_NODELAY; TCP_CORK does the opposite."],
        ["tls-sni-alpn", "fact-alpn-http2-id", "In ALPN the client lists the protocols it speaks, e.g. \"http/2\" and \"http/1.1\".", "In ALPN the client lists the protocols it speaks, e.g. \"h2\" and \"http/1.1\"."],
        ["udp-socket-identification", "fact-recv-gives-sender", "To know who sent a datagram, the server uses recv(), which hands back the sender's IP and port.", "To know who sent a datagram, the server uses recvfrom(), which hands back the sender's IP and port."],
        ["url-to-socket-journey", "fact-http-default-8080", "스킴이 https라 포트는 443이고, http였다면 8080번이 기본입니다.", "스킴이 https라 포트는 443이고, http였다면 80번이 기본입니다."],
        ["http-keepalive-pool-timeout", "fact-alb-idle-timeout", "LB에도 idle timeout(AWS ALB 기본 120초)이 있습니다.", "LB에도 idle timeout(AWS ALB 기본 60초)이 있습니다."],
        ["listen-backlog", "fact-backlog-cap-syn-backlog", "backlog에 너무 큰 값을 주면 net.ipv4.tcp_max_syn_backlog 값으로 조용히 잘립니다.", "backlog에 너무 큰 값을 주면 net.core.somaxconn 값으로 조용히 잘립니다."],
        ["socket-address-structures", "fact-inet-pton-invalid", "inet_pton() parses \"10.0.0.5\" into 4 bytes in network order, writes them into sin_addr, and returns 1 on success and -1 if the string is not a valid address.", "inet_pton() parses \"10.0.0.5\" into 4 bytes in network order, writes them into sin_addr, and returns 1 on success and 0 if the string is not a valid address."],
        ["socket-address-structures", "fact-inet-pton-success", "inet_pton() returns 0 on success.", "inet_pton() returns 1 on success, 0 if the string is not a valid address and -1 if the family is unsupported."],
      ],
      ids,
    );
    // Round 28's false mechanisms that any question can meet.
    expectTwins(
      [
        ["tcp-vs-udp", "common-tcp-reserves-path", "handshake 과정에서 SYN이 지나간 경로의 router들이 이 connection을 기억하고 bandwidth를 예약해 둡니다.", "handshake 상태는 양 끝 host에만 있고, router들은 packet마다 따로 전달합니다."],
        ["socket-types", "common-tcp-reserves-path", "SOCK_STREAM reserves a path through the routers, so all segments take the same route.", "SOCK_STREAM gives a reliable byte stream; segments may take different routes and TCP reorders them."],
        ["econnreset-vs-epipe", "common-full-buffer-resets", "내 receive buffer가 꽉 차 넘치면 kernel이 connection을 스스로 reset합니다.", "내 receive buffer가 꽉 차면 kernel은 window 0을 광고하고 상대는 멈춥니다."],
        ["blocking-vs-nonblocking", "common-blocked-thread-spins", "블로킹 호출은 기다리는 동안 스레드가 커널 안에서 소켓 상태를 계속 확인하며 루프를 돌아 CPU 코어를 하나씩 점유합니다.", "블로킹 호출은 기다리는 동안 커널이 스레드를 재워 두므로 CPU를 쓰지 않습니다."],
        ["sync-async-blocking-matrix", "common-epoll-no-read-needed", "epoll에 등록해 두면 커널이 애플리케이션 버퍼에 복사까지 끝내 놓아서 read()를 따로 부를 필요 없이 씁니다.", "epoll에 등록해 두면 준비됐다는 알림만 오고, 데이터는 read()로 직접 가져옵니다."],
      ],
      ids,
    );
    expectTwins(
      [
        ["tcp-reliability-mechanisms", "common-tcp-no-ordering", "What TCP does not do is put segments back in order: the receiver hands each one to the application as soon as it arrives.", "The receiver holds out-of-order segments and hands the bytes to the application in order once the gap is filled."],
        ["tcp-vs-udp", "common-tcp-no-ordering", "What TCP does not guarantee is ordering, so the application has to put them back together itself.", "What UDP does not guarantee is ordering, so the application has to put datagrams back together itself."],
        ["flow-vs-congestion-control", "cwnd-never-shrinks", "In practice cwnd only ever grows: packet loss does not shrink it.", "On loss cwnd shrinks: roughly in half after three duplicate ACKs."],
      ],
      ids,
    );
  });

  it("round 29: a state's name glued on as a note ends its clause; a phrase ending on a causal ending keeps its polarity; the backlog myth needs a count of clients", () => {
    // "…자기 FIN을 보내면(LAST_ACK) active closer가 마지막 ACK를 보내고": LAST_ACK is a note on the clause before.
    expect(ids("four-way-handshake", "상대가 남은 데이터를 다 보낸 뒤 close()해서 자기 FIN을 보내면(LAST_ACK) active closer가 마지막 ACK를 보내고 TIME_WAIT을 거쳐 닫힙니다.")).not.toContain("passive-side-sends-final-ack");
    expect(ids("four-way-handshake", "LAST_ACK에서 마지막 ACK를 보내고 연결이 닫힙니다.")).toContain("passive-side-sends-final-ack");
    // "UDP는 연결이 없으니 connect()하지 않은 소켓은 …": the later "않은" is connect()'s, not the property's.
    expect(wrong("tcp-udp", "UDP는 연결이 없으니 connect()하지 않은 소켓은 목적지 IP와 포트만 보고 정해집니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP는 연결이 없지 않아서 handshake를 합니다.").length).toBeGreaterThan(0);
    // "the maximum number of fully established connections that can wait in the accept queue" is right.
    expectTwins(
      [
        ["listen-backlog", "common-backlog-caps-concurrent", "The backlog is the maximum number of connections the server can have open at once.", "The backlog is the maximum number of fully established connections that can wait in the accept queue for accept()."],
      ],
      ids,
    );
    // Round 29's false mechanisms that any question can meet.
    expectTwins(
      [
        ["l4-vs-l7-load-balancer", "common-tls-headers-plaintext", "HTTPS라도 TLS는 body만 암호화하고 요청 라인과 헤더는 평문으로 갑니다.", "HTTPS에서는 요청 라인과 헤더, body가 모두 TLS로 암호화됩니다."],
        ["http3-why-udp", "common-udp-skips-kernel", "UDP packets aren't processed by the kernel's network stack at all; the NIC hands each datagram straight to the application.", "UDP packets are handled by the kernel's network stack, which queues each datagram on the socket for the application."],
        ["blocking-vs-nonblocking", "common-send-always-complete", "non-blocking send()는 send buffer가 꽉 차 있어도 항상 요청한 길이 전체를 리턴합니다.", "non-blocking send()는 send buffer가 꽉 차 있으면 일부만 쓰고 그 길이를 리턴하거나 EAGAIN으로 실패합니다."],
        ["three-way-handshake", "common-tcp-reserves-path", "중간 router들도 SYN과 SYN-ACK를 보고 이 연결의 경로를 기억해 둡니다.", "중간 router들은 연결을 모르고 packet마다 따로 전달합니다."],
      ],
      ids,
    );
  });

  it("'A이지 B가 아니다' denies B only; 'X에만 쓰는 게 아니고' denies 'only'; an arrow between calls lists steps", () => {
    // "FIN은 '보낼 게 없다'는 뜻이지 '그만 보내라'는 뜻이 아니라서": the denial is the second meaning's.
    expect(wrong("fin-ack", "FIN은 '나는 더 보낼 게 없다'는 뜻이지 '너도 그만 보내라'는 뜻이 아니라서, 상대는 남은 데이터를 계속 보낼 수 있어요.")).toEqual([]);
    expect(wrong("fin-ack", "FIN은 '나는 더 보낼 게 없다'는 뜻이 아니라서, 보낸 쪽도 계속 데이터를 보냅니다.").length).toBeGreaterThan(0);
    // ("리스닝 소켓은 특정 클라이언트에 묶이지 않고": a "-이지" right before its own negation is no copula.)
    expect(wrong("listening-connected", "리스닝 소켓은 특정 클라이언트에 묶이지 않고 계속 LISTEN 상태로 남아 다음 연결 요청을 받습니다.")).toEqual([]);
    // "TCP는 zone transfer에만 쓰는 게 아니고": what is denied is "only".
    expect(wrong("dns-transport", "TCP는 zone transfer에만 쓰는 게 아니고, 응답이 UDP에 안 들어갈 때도 씁니다.")).toEqual([]);
    expect(wrong("dns-transport", "TCP는 zone transfer에 쓰는 게 아니고, 큰 응답에만 씁니다.").length).toBeGreaterThan(0);
    // ("C10K는 '초당 요청 1만 개'라는 …가 아니라": 1만 is ten thousand, not "only".)
    expect(ids("c10k-reactor-proactor", "C10K는 초당 요청 1만 개를 처리하는 문제입니다.")).toContain("c10k-requests-per-second");
    // "클라이언트는 서버처럼 bind() → listen() → accept() 단계를 거치지 않습니다": the arrows list steps of one clause.
    expect(wrong("client-server", "클라이언트는 서버처럼 bind() → listen() → accept() 단계를 거치지 않습니다.")).toEqual([]);
    expect(wrong("client-server", "클라이언트도 서버처럼 bind() → listen() → accept() 단계를 거칩니다.").length).toBeGreaterThan(0);
  });
});

describe("round 31: not-X-but-Y subjects, list items, a negated verb's adjuncts, terse term-dense answers", () => {
  it("'P는 X가 아니라, Y가 …' affirms P of Y", () => {
    expect(wrong("active-passive-close", "TIME_WAIT는 server가 항상 들어가는 상태가 아니라, 먼저 close한 쪽(active closer)이 마지막 ACK를 보낸 뒤 들어가는 상태입니다.")).toEqual([]);
    expect(wrong("active-passive-close", "TIME_WAIT는 active closer가 들어가는 상태가 아니라, passive closer가 마지막 ACK를 보낸 뒤 들어가는 상태입니다.").length).toBeGreaterThan(0);
  });
  it("the last item of a list that ends its clause is not what a later 'it' names", () => {
    expect(wrong("port-socket", "A socket is an OS-provided endpoint of two-way communication, addressed by protocol, IP and port; on Unix it's a file descriptor.")).toEqual([]);
    expect(wrong("tcp-http-keepalive", "TCP keepalive keeps a connection around for reuse by later requests.").length).toBeGreaterThan(0);
  });
  it("a negated English verb reaches an adjunct five or six words on, but not past 'without' or a conjunction", () => {
    expect(wrong("tcp-http-keepalive", "TCP keepalive doesn't keep a connection around for reuse; it's a liveness check.")).toEqual([]);
    expect(gradeInterview(rubricOf("http3-why-udp"), "TCP couldn't be redesigned without touching every kernel, so QUIC runs over UDP, which gets through NATs.").keyPoints.find((k) => k.id === "udp-deployable")!.hit).toBe(true);
  });
  it("a terse, complete answer that names many calls is not a term list", () => {
    const r = gradeInterview(rubricOf("server-socket-flow"), "Call socket() for an fd, bind() it to an IP:port, listen() to make it a passive LISTEN socket; accept() hands back a new connected socket per client; recv()/send() on it, then close().");
    expect(r.misconceptions.map((x) => x.id)).not.toContain("dense-terms");
    expect(r.verdict).toBe("correct");
  });
  it("round 31's slipped constants are read as slips, and the right values are not", () => {
    // [slug, fact id, the slip, the same sentence with the right value]
    const twins: [string, string, string, string][] = [
      ["ping-has-no-port", "fact-icmp-echo-types", "타입 번호로 보면 Echo Request가 0, Echo Reply가 8입니다.", "타입 번호로 보면 Echo Request가 8, Echo Reply가 0입니다."],
      ["tcp-keepalive-vs-http-keepalive", "fact-keepalive-idle", "On Linux the defaults are 300 seconds of idle time before the first probe (tcp_keepalive_time), then probes every 75 seconds.", "On Linux the defaults are 7200 seconds of idle time before the first probe (tcp_keepalive_time), then probes every 75 seconds."],
      ["dns-udp-and-tcp", "fact-dns-udp-512", "The original spec caps a UDP response at 1,024 bytes, and EDNS0 lets the client advertise more.", "The original spec caps a UDP response at 512 bytes, and EDNS0 lets the client advertise more."],
      ["http-keepalive-pool-timeout", "fact-node-keepalive-default", "Node.js, for instance, has a default server keepAliveTimeout of 60 seconds.", "Node.js, for instance, has a default server keepAliveTimeout of 5000 ms."],
      ["connection-refused-meaning", "fact-dropped-syn-timeout", "DROP이면 SYN을 재전송하다가 약 3초 뒤 ETIMEDOUT이 납니다.", "DROP이면 SYN을 재전송하다가 약 127초 뒤 ETIMEDOUT이 납니다."],
      ["connection-refused-meaning", "fact-dropped-syn-timeout", "With a silent DROP the kernel retransmits the SYN and gives up with ETIMEDOUT after roughly 3 seconds.", "With a silent DROP the kernel retransmits the SYN after 1 s, 3 s and 7 s, and gives up with ETIMEDOUT after about 127 seconds."],
      ["tcp-header-flags", "fact-seq-number-bits", "It has the ports, 16-bit sequence and acknowledgment numbers and a 16-bit window.", "It has the ports, 32-bit sequence and acknowledgment numbers and a 16-bit window."],
      ["nat-port-translation", "fact-masquerade-dnat", "Linux iptables 용어로 하면 이게 DNAT 규칙(MASQUERADE)입니다.", "iptables 용어로는 MASQUERADE(SNAT의 일종)이고 포트 포워딩은 DNAT입니다."],
      ["four-way-handshake", "fact-read-eof-minus-one", "read()가 -1을 반환하는 걸 보고 상대가 끊었다는 걸 압니다.", "read()가 0을 반환하면 상대가 닫은 것이고, -1이면 ECONNRESET 같은 에러입니다."],
      ["ipv6-dual-stack-socket", "fact-in-use-eaddrnotavail", "Since the [::] socket already owns IPv4 port 8080, a second socket bound to 0.0.0.0:8080 fails with EADDRNOTAVAIL.", "Since the [::] socket already owns IPv4 port 8080, a second socket bound to 0.0.0.0:8080 fails with EADDRINUSE."],
      ["accept-returns-new-socket", "fact-bind-second-arg-backlog", "이 대기 큐의 최대 길이는 bind()의 두 번째 인자로 정합니다.", "bind()의 두 번째 인자는 주소 구조체이고, 대기 큐의 길이는 listen()의 두 번째 인자인 backlog로 정합니다."],
    ];
    expectFactTwins(twins);
    // One fact met by two patterns is named once.
    expect(facts("http-keepalive-pool-timeout", "Node.js의 keepAliveTimeout 기본값은 60초입니다.").filter((x) => x === "fact-node-keepalive-default")).toHaveLength(1);
  });
  it("'…다고 판단하면 안 된다' forbids the belief; 'a segment not ACKed' negates the participle; 'serves as' adds no side; '준비 완료' is readiness", () => {
    expectTwins(
      [
        ["econnreset-vs-epipe", "write-success-means-delivered", "write가 성공하면 전달됐다는 뜻입니다.", "write 성공만 보고 전달됐다고 판단하면 안 됩니다."],
      ],
      ids,
    );
    expect(wrong("sender-receiver", "The sender keeps an RTO and retransmits any segment not ACKed in time.")).toEqual([]);
    expect(wrong("sender-receiver", "The receiver retransmits any segment not ACKed in time.").length).toBeGreaterThan(0);
    expect(wrong("client-server", "The client calls connect() and assigns a free ephemeral port. Its port only serves as the return address for the server's replies.")).toEqual([]);
    expect(wrong("client-server", "The client calls connect(), and the server as well.").length).toBeGreaterThan(0);
    expect(wrong("reactor-proactor", "리액터는 준비 완료를 알려 주는 방식입니다.")).toEqual([]);
    expect(wrong("reactor-proactor", "리액터는 작업 완료를 알려 주는 방식입니다.").length).toBeGreaterThan(0);
  });
  it("more of round 31's slips: MSG_DONTWAIT for SIGPIPE, inet_pton()'s success value in the next sentence, kqueue on Linux, a server in SYN_SENT", () => {
    const twins: [string, string, string, string][] = [
      ["econnreset-vs-epipe", "fact-dontwait-for-sigpipe", "리눅스에서는 send()에 MSG_DONTWAIT 플래그를 주면 시그널 없이 EPIPE만 받습니다.", "리눅스에서는 send()에 MSG_NOSIGNAL 플래그를 주면 시그널 없이 EPIPE만 받습니다."],
      ["socket-address-structures", "fact-inet-pton-success", "inet_pton() converts a printable address into binary and writes it into sin_addr. It returns 0 on success and -1 if the string isn't valid.", "inet_pton() converts a printable address into binary and writes it into sin_addr. It returns 1 on success, 0 if the string isn't valid."],
      ["c10k-reactor-proactor", "fact-kqueue-epoll-os", "리눅스의 kqueue나 BSD 계열의 epoll 같은 준비 통지 API가 알려 줍니다.", "리눅스의 epoll이나 BSD 계열의 kqueue 같은 준비 통지 API가 알려 줍니다."],
      ["three-way-handshake", "fact-server-syn-sent", "Server는 SYN-ACK를 보내고 SYN_SENT 상태로 들어갑니다.", "Client는 SYN을 보내고 SYN_SENT 상태가 되고, server는 SYN_RECEIVED 상태가 됩니다."],
    ];
    expectFactTwins(twins);
  });
  it("a core idea denied unmistakably is a major error; the same idea stated is correct", () => {
    const denied = gradeInterview(rubricOf("what-is-a-socket"), "A socket is not an endpoint of communication. The OS provides it as a file descriptor you read and write, and it is bidirectional.");
    expect(denied.misconceptions.find((x) => x.id === "negated-communication-endpoint")?.severity).toBe("major");
    expect(denied.verdict).toBe("incorrect");
    expect(gradeInterview(rubricOf("what-is-a-socket"), "A socket is an endpoint of communication that the OS provides as a file descriptor you read and write; it is bidirectional.").verdict).toBe("correct");
  });
  it("'It isn't: a stream socket does not …' is a claim about the stream socket", () => {
    expect(wrong("tcp-udp", "It isn't: a stream socket does not retransmit lost data.").length).toBeGreaterThan(0);
    expect(wrong("tcp-udp", "TCP, not UDP, retransmits lost data.")).toEqual([]);
  });
  it("round 32's false alarms on verbose correct answers: a relative clause past another object, '…거고' ends a clause, problem conditions are no fix", () => {
    // "poll은 pollfd 배열을 넘겨서 1024 같은 한도는 없고": the limit is what is missing, not the array.
    expect(wrong("select-poll", "poll은 pollfd 배열을 넘겨서 1024 같은 한도는 없고, events와 revents가 나뉘어 있습니다.")).toEqual([]);
    expect(wrong("select-poll", "poll은 pollfd 배열을 쓰지 않고 비트맵을 씁니다.").length).toBeGreaterThan(0);
    // "0.0.0.0:8080이면 모든 인터페이스에서 받는 거고 127.0.0.1:8080이면 …": the first condition's side owns the property.
    expect(wrong("any-loopback", "0.0.0.0:8080이나 [::]:8080이면 모든 인터페이스에서 받는 거고 127.0.0.1:8080이면 로컬에서만 붙을 수 있습니다.")).toEqual([]);
    expectTwins(
      [
        ["http-keepalive-pool-timeout", "fix-in-wrong-direction", "The fix is to set the pool's idle timeout longer than the server's keep-alive timeout.", "If the pool's idle timeout is longer than the server's, the pool can pick a connection the server just closed."],
        ["bind-port-zero", "port-zero-is-literal", "After bind() the socket gets port 0 and clients connect to it there.", "Connecting without bind() is effectively getting a port-0 bind for free."],
        ["c10k-reactor-proactor", "mechanisms-classified-backwards", "epoll은 프로액터 방식이라 커널이 읽기를 끝낸 뒤 알려 줍니다.", "Boost.Asio는 리눅스에서 epoll 위에 프로액터 인터페이스를 흉내 냅니다."],
      ],
      ids,
    );
  });
  it("round 32's facts: privileges are for ports below 1024", () => {
    for (const slip of ["CAP_NET_BIND_SERVICE is required for ports above 1024.", "root 권한은 1024 이상 포트에 bind할 때 필요합니다."]) expect(facts("well-known-ports", slip), slip).toContain("fact-privileged-ports-above");
    for (const right of ["Binding ports below 1024 needs root or CAP_NET_BIND_SERVICE; ports above 1024 do not need root.", "Ports above 1024 require no root privileges.", "관리자 권한 없이도 1024 이상 포트는 쓸 수 있습니다."]) expect(facts("well-known-ports", right), right).toEqual([]);
  });
  it("round 32's facts from term-stuffed answers: ss option letters, fds 0–2, ulimit -n, WebSocket over UDP, lsof killing", () => {
    const twins: [string, string, string, string][] = [
      ["inspect-open-ports", "fact-ss-flag-letters", "ss -tlnp에서 t는 TIME_WAIT, l은 lsof, n은 NAT, p는 port라서 포트를 보여 줍니다.", "ss -tulnp에서 t는 TCP, u는 UDP, l은 LISTEN 상태만, n은 포트를 숫자로, p는 프로세스를 보여 줍니다."],
      ["inspect-open-ports", "fact-ss-flag-letters", "With ss -tlnp, t is for TIME_WAIT sockets and l is for lsof output.", "sudo ss -tlnp: t is for TCP, l is listening, n is numeric and p is the process."],
      ["socket-as-file-descriptor", "fact-stdio-fds", "fd 0은 TCP, 1은 UDP, 2는 raw socket용으로 예약돼 있어서 새 socket은 3부터 나오고요.", "fd 0은 표준 입력, 1은 표준 출력, 2는 표준 에러라서 새 socket은 3부터 나옵니다."],
      ["socket-as-file-descriptor", "fact-ulimit-ports", "ulimit -n은 열 수 있는 port 개수라서 65535를 넘으면 EMFILE이 납니다.", "ulimit -n은 열 수 있는 fd 개수라서, port 수와는 관계가 없습니다."],
      ["socket-vs-websocket", "fact-websocket-udp", "So ws:// runs over UDP and wss:// runs over TLS.", "WebSocket runs over TCP, not UDP."],
      ["inspect-open-ports", "fact-lsof-kills", "lsof -i :8080은 8080번 프로세스를 kill하는 명령입니다.", "lsof -i :8080으로 PID를 찾은 뒤 kill로 종료합니다."],
    ];
    expectFactTwins(twins);
  });
  it("two core ideas denied are a major error", () => {
    const denied = gradeInterview(rubricOf("econnreset-vs-epipe"), "ECONNRESET은 상대의 RST를 받은 뒤 recv()나 send()에서 나고, EPIPE는 이미 닫힌 연결에 write할 때 납니다. EPIPE가 나도 커널은 SIGPIPE를 보내지 않아서 프로세스가 종료되지 않고, 그래서 SIG_IGN으로 signal을 무시할 필요도 없습니다.");
    expect(denied.misconceptions.filter((x) => x.kind === "negated-key-point" && x.severity === "major").map((x) => x.id).sort()).toEqual(["negated-ignore-or-nosignal", "negated-sigpipe-kills"]);
    expect(denied.verdict).toBe("incorrect");
    expect(gradeInterview(rubricOf("econnreset-vs-epipe"), "ECONNRESET은 상대의 RST를 받은 뒤 recv()나 send()에서 나고, EPIPE는 이미 닫힌 연결에 write할 때 납니다. EPIPE와 함께 오는 SIGPIPE의 기본 동작이 프로세스 종료라서, SIG_IGN으로 무시하거나 MSG_NOSIGNAL을 씁니다.").verdict).toBe("correct");
  });
  it("notes: ' / ' separates items like a full stop; '≠' denies an equation and opens a clause", () => {
    expect(wrong("syn-accept-queues", "SYN 도착 → SYN-ACK 전송 → SYN_RECV half-open → SYN queue / 마지막 ACK → ESTABLISHED → accept queue → accept()가 하나 꺼냄")).toEqual([]);
    expect(wrong("syn-accept-queues", "SYN queue에는 ESTABLISHED 연결이 들어갑니다.").length).toBeGreaterThan(0);
    expect(ids("econnreset-vs-epipe", "주의: write 성공 ≠ 상대 수신, 상대 종료 확인은 recv() == 0")).not.toContain("write-success-means-delivered");
    expect(wrong("byte-order", "네트워크 바이트 순서 = 빅 엔디언 ≠ x86 리틀 엔디언 → htons(포트)")).toEqual([]);
    expect(wrong("byte-order", "네트워크 바이트 순서 = 리틀 엔디언 → htons(포트)").length).toBeGreaterThan(0);
  });
  it("round 34's false alarms on correct answers: '-지 않게 보장' is a purpose, items listed with '도' share their predicate, a call before '안' is what is not done", () => {
    expect(wrong("tcp-udp", "TCP는 시퀀스 번호, ACK, 재전송으로 데이터가 빠지거나 순서가 뒤바뀌지 않게 보장합니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP는 확인도, 다시 보내기도, 순서 맞추기도 안 해서 잃어버릴 수 있습니다.")).toEqual([]);
    expect(wrong("tcp-udp", "UDP는 확인도 하고, 다시 보내기도 합니다.").length).toBeGreaterThan(0);
    expect(wrong("syn-accept-queues", "backlog = accept queue max length = handshake 완료 + 아직 accept() 안 된 연결")).toEqual([]);
    expect(wrong("listening-connected", "accept() → NEW fd for that client (listening fd keeps listening)")).toEqual([]);
    expectTwins(
      [
        ["close-wait-accumulation", "kernel-tuning-fixes-close-wait", "tcp_fin_timeout을 줄이면 CLOSE_WAIT가 정리됩니다.", "운영체제 설정값을 바꾼다고 없어지는 문제도 아닙니다."],
        ["econnreset-vs-epipe", "sigpipe-harmless", "SIGPIPE는 기본으로 무시되는 시그널이라 괜찮습니다.", "서버 시작할 때 이 신호를 무시하도록 해 두거나(signal(SIGPIPE, SIG_IGN)), MSG_NOSIGNAL을 씁니다."],
      ],
      ids,
    );
  });
  it("the socket API's own calls do not make a terse answer a term list; LISTEN/ACCEPT in capitals still count", () => {
    const r = gradeInterview(rubricOf("server-socket-flow"), "socket() gives an fd, bind() sets its IP:port, listen() with a backlog makes it passive, accept() returns a new socket per client, send()/recv() on that, then close().");
    expect(r.misconceptions.map((x) => x.id)).not.toContain("dense-terms");
    expect(r.verdict).toBe("correct");
  });
});
