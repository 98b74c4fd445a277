/**
 * Well-known constants as checkable facts, like the service ports in port-facts.ts: an answer
 * that says "Linux keeps TIME_WAIT for 120 seconds" or "the UDP header is 16 bytes" has every
 * idea right and one wrong number — a slip (partial), in an interviewer's eyes and the grader's.
 * Each check reads one clause (or, where a fact is often split by a comma or a dash, one
 * sentence) and is deliberately narrow, so a correct answer is never marked down:
 * - it needs the fact's subject words there ("linux" + "time_wait"; "udp" + "header");
 * - it needs a number in the fact's unit that is not the right value, and no right value in
 *   the same clause ("Windows uses 49152–65535, Linux 32768–60999" states both and is fine);
 * - a clause that sets a number aside ("not 120 but 60", "120초가 아니라") or names another
 *   subject that owns such a number ("TCP 20바이트, UDP 8바이트") is skipped.
 * Reference data, not question content: it applies to every interview answer.
 */
import type { Token } from "./text";

type Pair = { ko: string; en: string };

export interface ConstantSlip {
  id: string;
  label: Pair;
  correction: Pair;
  /** Token indexes of the wrong value. */
  at: number;
}

interface Fact {
  id: string;
  label: Pair;
  correction: Pair;
  /** Every group must have a word in the clause (lower-case norms or surfaces, prefix match). */
  needs: string[][];
  /** A clause with any of these words is about something else too: skipped. */
  unless?: string[];
  /** The values said in the clause (token index and value), in the fact's unit. */
  values: (tokens: Token[], from: number, to: number) => { at: number; value: number | string }[];
  right: (value: number | string) => boolean;
  /** Read a whole sentence instead of one clause ("limited by FD_SETSIZE, which is 4096"). */
  sentence?: boolean;
  /** `unless` words only count in the value's own clause ("Linux picks from the IANA range, 49152-65535" is still a slip). */
  unlessNear?: boolean;
  /** With unlessNear: words that still skip the whole unit (another system's keep-alive in the sentence). */
  unlessSentence?: string[];
  /** Each value names its own subject ("TCP는 6, UDP는 7"): a right one does not excuse a wrong one. */
  perValue?: boolean;
}

const ASIDE = /^(아니|아닌|아닙|대신|말고|not|instead|rather|except|older|예전|옛날|구버전)/;

/** Small numbers written as words ("four minutes", "two minutes"). */
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, ten: 10, twelve: 12, sixteen: 16, twenty: 20, thirty: 30, sixty: 60, 한: 1, 두: 2, 세: 3, 네: 4 };

/** Numbers followed by a unit word ("120초", "120 seconds", "4분", "four minutes", "16바이트", "16 bytes"). */
function numbersWith(units: Record<string, number>) {
  return (tokens: Token[], from: number, to: number) => {
    const out: { at: number; value: number }[] = [];
    for (let i = from; i <= to; i++) {
      const t = tokens[i]!;
      const word = WORD_NUMBERS[t.surface];
      if (word === undefined && (t.script !== "num" || !/^\d{1,6}$/.test(t.norm))) continue;
      const next = tokens[i + 1];
      if (!next || next.clause !== t.clause) continue;
      // (Latin units match whole words or longer stems — "s" is not "so"; Korean ones as prefixes: "120초가".)
      const unit = Object.keys(units).find((u) => next.surface === u || (next.script === "hangul" ? next.surface.startsWith(u) : u.length >= 3 && next.norm.startsWith(u)));
      if (unit) out.push({ at: i, value: (word ?? Number(t.norm)) * units[unit]! });
    }
    return out;
  };
}

/** Bare numbers. */
function bareNumbers(tokens: Token[], from: number, to: number) {
  const out: { at: number; value: number }[] = [];
  for (let i = from; i <= to; i++) if (tokens[i]!.script === "num" && /^\d{1,6}$/.test(tokens[i]!.norm)) out.push({ at: i, value: Number(tokens[i]!.norm) });
  return out;
}

/** Folded ranges ("49152-65535": text.ts folds "49152~65535", "49152 to 65535" into one token). */
function ranges(tokens: Token[], from: number, to: number) {
  const out: { at: number; value: string }[] = [];
  for (let i = from; i <= to; i++) if (/^\d+-\d+$/.test(tokens[i]!.norm)) out.push({ at: i, value: tokens[i]!.norm });
  return out;
}

/** Linux's errno numbers, with the BSD/macOS and Winsock numbers of the same errors (also right). */
const ERRNO: Record<string, number[]> = {
  EINTR: [4, 10004],
  EBADF: [9, 10009],
  EAGAIN: [11, 35],
  EWOULDBLOCK: [11, 35, 10035],
  ENFILE: [23],
  EMFILE: [24, 10024],
  EPIPE: [32],
  EADDRINUSE: [98, 48, 10048],
  EADDRNOTAVAIL: [99, 49, 10049],
  ENETUNREACH: [101, 51, 10051],
  ECONNRESET: [104, 54, 10054],
  ENOTCONN: [107, 57, 10057],
  ETIMEDOUT: [110, 60, 10060],
  ECONNREFUSED: [111, 61, 10061],
  EHOSTUNREACH: [113, 65, 10065],
  EINPROGRESS: [115, 36, 10036],
};
/** Words that may stand between an errno name and its number: "EADDRINUSE (리눅스 errno 98)", "errno 111 (ECONNREFUSED)". */
const ERRNO_GLUE = /^(errno|code|코드|번호|number|no|linux|리눅스|is|be|값|value|=)$/;

/** "NAME:number" for each errno name said with a number next to it. */
function errnoNumbers(tokens: Token[], from: number, to: number) {
  const out: { at: number; value: string }[] = [];
  const numberAt = (i: number) => tokens[i]?.script === "num" && /^\d{1,5}$/.test(tokens[i]!.norm);
  for (let i = from; i <= to; i++) {
    const name = tokens[i]!.norm.toUpperCase();
    if (!ERRNO[name]) continue;
    let j = i + 1;
    while (j <= to && j - i <= 4 && ERRNO_GLUE.test(tokens[j]!.norm)) j++;
    // (Same clause, or "errno" said between: "EADDRINUSE가, 리눅스에서 1024 미만 포트를 …" lists another case.)
    const sameClaim = () => tokens[j]!.clause === tokens[i]!.clause || tokens.slice(i + 1, j).some((t) => t.norm === "errno");
    if (j <= to && numberAt(j) && sameClaim()) out.push({ at: j, value: `${name}:${tokens[j]!.norm}` });
    else if (i - 1 >= from && numberAt(i - 1) && tokens[i - 2]?.norm === "errno") out.push({ at: i - 1, value: `${name}:${tokens[i - 1]!.norm}` });
  }
  return out;
}

/** Widths in bits ("16비트", "32-bit", "16 bits"). */
function bitWidths(tokens: Token[], from: number, to: number) {
  const out: { at: number; value: number }[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.script !== "num" || !/^\d{1,3}$/.test(t.norm)) continue;
    let k = i + 1;
    if (tokens[k]?.norm === "~" && tokens[k]!.clause === t.clause) k++;
    const next = tokens[k];
    if (!next || next.clause !== t.clause || !(/^bit/.test(next.norm) || next.surface.startsWith("비트"))) continue;
    // ("the header length in 32-bit words", "32비트 워드 단위": a unit of count, not a field's width.)
    const after = tokens[k + 1];
    if (after && after.clause === t.clause && /^(word|워드)/.test(after.norm)) continue;
    out.push({ at: i, value: Number(t.norm) });
  }
  return out;
}

/** IP protocol numbers (the IP header's protocol field). */
const PROTOCOL_NUMBERS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58, sctp: 132, igmp: 2 };
const PROTOCOL_GLUE = /^(ip|protocol|프로토콜|number|번호|번|is|be|=|값|field|필드)$/;

/**
 * "name:number" for a protocol number said of a protocol: right after its name ("TCP는 6", "UDP(17)"),
 * or after "protocol number" in a sentence that names one protocol ("ICMP … (IP protocol number 6)").
 * Never a port: a number next to port words, or above 255, is not read.
 */
function protocolNumbers(tokens: Token[], from: number, to: number) {
  const out: { at: number; value: string }[] = [];
  const named = new Set<string>();
  for (let i = from; i <= to; i++) if (PROTOCOL_NUMBERS[tokens[i]!.norm] !== undefined) named.add(tokens[i]!.norm);
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.script !== "num" || !/^\d{1,3}$/.test(t.norm) || Number(t.norm) > 255) continue;
    const near = [tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]];
    if (near.some((x) => x && /^(port|포트|ports)$/.test(x.norm))) continue;
    // "6 for TCP, 17 for UDP": the name after "for".
    const forName = tokens[i + 1]?.norm === "for" && tokens[i + 2]?.clause === t.clause ? tokens[i + 2]!.norm : "";
    if (PROTOCOL_NUMBERS[forName] !== undefined) {
      out.push({ at: i, value: `${forName}:${t.norm}` });
      continue;
    }
    let j = i - 1;
    while (j >= from && i - j <= 4 && PROTOCOL_GLUE.test(tokens[j]!.norm)) j--;
    const before = j >= from && tokens[j]!.clause === t.clause ? tokens[j]!.norm : "";
    if (PROTOCOL_NUMBERS[before] !== undefined && i - j <= 4) {
      // Right after the name ("TCP는 6", "UDP 17") only a small number that is no port or count ("TCP 80번",
      // "TCP는 3-way", "TCP 22번") — else a protocol-number word must stand between ("TCP protocol number 6").
      const next = tokens[i + 1]?.norm ?? "";
      const between =
        tokens.slice(j + 1, i).some((x) => /^(protocol|프로토콜|number|번호)$/.test(x.norm)) ||
        (Number(t.norm) <= 64 && ![20, 21, 22, 23, 25, 53].includes(Number(t.norm)) && !/^(~|way|tuple|튜플|번|bit|비트|byte|바이트|handshake|핸드셰이크)/.test(next));
      if (between) out.push({ at: i, value: `${before}:${t.norm}` });
      continue;
    }
    // ("프로토콜 번호 6", "IP 헤더의 프로토콜 필드 값 6", "protocol field value 6".)
    const saysNumber = tokens.slice(Math.max(from, i - 3), i).some((x) => /^(number|번호|field|필드|값|value)$/.test(x.norm)) && tokens.slice(Math.max(from, i - 4), i).some((x) => /^(protocol|프로토콜)$/.test(x.norm));
    if (saysNumber && named.size === 1) out.push({ at: i, value: `${[...named][0]}:${t.norm}` });
  }
  return out;
}

const FACTS: Fact[] = [
  {
    id: "fact-linux-time-wait",
    label: { ko: "리눅스의 TIME_WAIT 시간을 틀리게 말함", en: "Gave the wrong TIME_WAIT duration for Linux" },
    correction: { ko: "리눅스는 TIME_WAIT를 60초(TCP_TIMEWAIT_LEN)로 고정해 둡니다.", en: "Linux keeps TIME_WAIT for a fixed 60 seconds (TCP_TIMEWAIT_LEN)." },
    // ("타임웨이트", not "타임아웃"; a keepalive's 7200 s is another fact.)
    needs: [["linux", "리눅스"], ["time_wait", "time-wait", "타임웨이트", "타임_웨이트", "웨이트", "msl", "2msl"]],
    unless: ["rfc", "windows", "윈도우", "freebsd", "macos", "keepalive", "keep-alive", "킵얼라이브"],
    sentence: true,
    values: numbersWith({ 초: 1, second: 1, sec: 1, s: 1, 분: 60, minute: 60, min: 60 }),
    right: (v) => v === 60,
  },
  {
    id: "fact-linux-ephemeral-range",
    label: { ko: "리눅스의 기본 임시 포트 범위를 틀리게 말함", en: "Gave the wrong default ephemeral port range for Linux" },
    correction: {
      ko: "리눅스의 기본 임시 포트 범위는 32768~60999입니다(net.ipv4.ip_local_port_range). 49152~65535는 IANA 권고이자 Windows·macOS의 기본값입니다.",
      en: "Linux's default ephemeral range is 32768–60999 (net.ipv4.ip_local_port_range); 49152–65535 is IANA's recommendation and the Windows/macOS default.",
    },
    needs: [["linux", "리눅스"]],
    unless: ["windows", "윈도우", "iana", "macos", "bsd", "권장", "권고", "recommend"],
    sentence: true,
    unlessNear: true,
    // (Only ranges that can be an ephemeral range: "0~1023은 … 리눅스에서는 root만" is about something else.)
    // (Also an old BSD/Windows range said of Linux, "1024~5000"; not the registered range 1024–49151 or "1024 and up".)
    // ("1024-65535" only where it is said to be the default or the sysctl's value: else it is "the unprivileged ports".)
    values: (tokens, from, to) => ranges(tokens, from, to).filter((v) => Number(v.value.split("-")[0]) >= 1024 && v.value !== "1024-49151" && (v.value !== "1024-65535" || has(tokens, ...clauseOf(tokens, v.at), ["default", "기본", "ip_local_port_range"]))),
    right: (v) => v === "32768-60999",
  },
  {
    id: "fact-udp-header-size",
    label: { ko: "UDP 헤더 크기를 틀리게 말함", en: "Gave the wrong UDP header size" },
    correction: { ko: "UDP 헤더는 출발지·목적지 포트, 길이, 체크섬 각 2바이트로 모두 8바이트입니다.", en: "The UDP header is 8 bytes: source port, destination port, length and checksum, 2 bytes each." },
    needs: [["udp"], ["header", "헤더"]],
    sentence: true,
    unless: ["tcp", "ip", "payload", "페이로드", "max"],
    values: numbersWith({ 바이트: 1, byte: 1, b: 1 }),
    right: (v) => v === 8,
  },
  {
    id: "fact-fd-setsize",
    label: { ko: "FD_SETSIZE 값을 틀리게 말함", en: "Gave the wrong FD_SETSIZE" },
    correction: { ko: "glibc의 FD_SETSIZE는 1024라서 select()는 1024 미만의 fd만 감시할 수 있습니다.", en: "glibc's FD_SETSIZE is 1024, so select() can only watch descriptors below 1024." },
    needs: [["fd_setsize"]],
    values: bareNumbers,
    sentence: true,
    right: (v) => v === 1024 || v === 1023,
  },
  {
    id: "fact-dup-ack-count",
    label: { ko: "빠른 재전송을 일으키는 중복 ACK 수를 틀리게 말함", en: "Gave the wrong number of duplicate ACKs for fast retransmit" },
    correction: { ko: "빠른 재전송은 같은 번호의 중복 ACK 3개(원래 ACK까지 4개)를 받았을 때 일어납니다.", en: "Fast retransmit fires on the third duplicate ACK for the same number (four identical ACKs in all)." },
    needs: [["duplicate", "dup", "중복"], ["ack", "에크", "애크"]],
    unless: ["sack", "rack", "rfc", "리눅스", "linux"],
    // ("…duplicate ACK이 2개 오면 …, SACK option을 쓰면 …": SACK's own clause does not excuse the count.)
    unlessNear: true,
    sentence: true,
    // "two duplicate ACKs", "2 dup ACKs", "중복 ACK 2개", "중복 ACK가 두 번": the count sits next to the words.
    values: (tokens, from, to) => {
      const out: { at: number; value: number }[] = [];
      for (let i = from; i <= to; i++) {
        const t = tokens[i]!;
        const n = WORD_NUMBERS[t.surface] ?? (t.script === "num" && /^\d{1,2}$/.test(t.norm) ? Number(t.norm) : undefined);
        if (n === undefined) continue;
        const next = tokens[i + 1];
        const prev = tokens[i - 1];
        const before = next && /^(duplic|dup|중복)/.test(next.norm);
        const after = prev && /^(ack|에크|애크)/.test(prev.norm) && next && /^(개|번)/.test(next.surface);
        if (before || after) out.push({ at: i, value: n });
      }
      return out;
    },
    right: (v) => v === 3,
  },
  {
    id: "fact-errno-number",
    label: { ko: "errno 번호를 틀리게 말함", en: "Gave the wrong errno number" },
    correction: {
      ko: "리눅스의 errno 번호: EINTR 4, EAGAIN(EWOULDBLOCK) 11, ENFILE 23, EMFILE 24, EPIPE 32, EADDRINUSE 98, EADDRNOTAVAIL 99, ECONNRESET 104, ETIMEDOUT 110, ECONNREFUSED 111, EINPROGRESS 115.",
      en: "Linux errno numbers: EINTR 4, EAGAIN (EWOULDBLOCK) 11, ENFILE 23, EMFILE 24, EPIPE 32, EADDRINUSE 98, EADDRNOTAVAIL 99, ECONNRESET 104, ETIMEDOUT 110, ECONNREFUSED 111, EINPROGRESS 115.",
    },
    needs: [Object.keys(ERRNO).map((n) => n.toLowerCase())],
    sentence: true,
    values: errnoNumbers,
    right: (v) => {
      const [name, n] = String(v).split(":");
      return ERRNO[name!]!.includes(Number(n));
    },
  },
  {
    id: "fact-tcp-header-size",
    label: { ko: "TCP 헤더 크기를 틀리게 말함", en: "Gave the wrong TCP header size" },
    correction: { ko: "TCP 헤더는 옵션 없이 20바이트이고, 옵션을 더하면 최대 60바이트입니다.", en: "The TCP header is 20 bytes without options and at most 60 bytes with them." },
    needs: [["tcp"], ["header", "헤더"]],
    sentence: true,
    // (A DNS message's size limit sits next to "TCP" and "header" when an answer explains truncation.)
    unless: ["udp", "datagram", "데이터그램", "ip", "ipv4", "ipv6", "payload", "페이로드", "mss", "mtu", "segment", "세그먼트", "dns", "edns", "한도", "limit", "response", "응답"],
    // (Said of the header without options, or as its minimum, only 20 will do: "옵션이 없을 때 24바이트".)
    values: (tokens, from, to) =>
      numbersWith({ 바이트: 1, byte: 1, b: 1 })(tokens, from, to).map((v) => (has(tokens, ...clauseOf(tokens, v.at), ["옵션이 없", "옵션 없", "without", "minimum", "최소", "no options", "기본 헤더"]) || /^옵션이$/.test(tokens[v.at - 3]?.surface ?? "") ? { at: v.at, value: `bare:${v.value}` } : v)),
    right: (v) => (typeof v === "number" ? v >= 20 && v <= 60 : v === "bare:20"),
  },
  {
    id: "fact-thread-stack-size",
    label: { ko: "스레드 스택의 기본 크기를 틀리게 말함", en: "Gave the wrong default thread stack size" },
    correction: {
      ko: "리눅스(glibc)의 스레드 스택은 기본 8MB(ulimit -s)를 예약합니다. 수 KB짜리 스택은 고루틴 같은 사용자 수준 스레드의 이야기입니다.",
      en: "A Linux (glibc) thread reserves an 8 MB stack by default (ulimit -s); stacks of a few KB belong to user-level threads such as goroutines.",
    },
    needs: [["stack", "스택"], ["thread", "스레드", "쓰레드"]],
    sentence: true,
    unless: ["go", "goroutine", "고루틴", "coroutine", "코루틴", "virtual", "가상", "green", "그린", "fiber", "erlang", "java", "jvm"],
    // In KB.
    // (Not "k"/"m" alone: "10k connections" is a count.)
    values: numbersWith({ kb: 1, kib: 1, 킬로: 1, 키로: 1, mb: 1024, mib: 1024, 메가: 1024, 메가바이트: 1024, gb: 1024 * 1024, 기가: 1024 * 1024 }),
    right: (v) => typeof v === "number" && v >= 1024,
  },
  {
    id: "fact-keepalive-idle",
    label: { ko: "TCP keepalive의 기본 유휴 시간을 틀리게 말함", en: "Gave the wrong default TCP keepalive idle time" },
    correction: {
      ko: "리눅스의 tcp_keepalive_time 기본값은 7200초(2시간)입니다. 75초는 프로브 사이 간격(tcp_keepalive_intvl), 9는 프로브 횟수입니다.",
      en: "Linux's default tcp_keepalive_time is 7200 seconds (two hours); 75 seconds is the interval between probes (tcp_keepalive_intvl) and 9 the number of probes.",
    },
    // ("keep" alone is not keepalive: "keeps the connection's record around for 60 seconds on Linux".)
    needs: [["linux", "리눅스", "default", "기본"], ["keepalive", "alive", "킵얼라이브", "프로브", "probe", "tcp_keepalive"], ["idle", "유휴", "조용", "첫", "first", "tcp_keepalive_time", "inactiv", "silent", "트래픽", "traffic"]],
    sentence: true,
    // ("300 seconds of idle time before the first probe (tcp_keepalive_time), then probes every 75 seconds": the interval's words are its clause's.)
    unless: ["interval", "간격", "intvl", "마다", "every", "사이", "between", "timeout", "타임아웃"],
    unlessNear: true,
    unlessSentence: ["nginx", "apache", "node", "http", "windows", "윈도우"],
    values: numbersWith({ 초: 1, second: 1, sec: 1, s: 1, 분: 60, minute: 60, min: 60, 시간: 3600, hour: 3600, h: 3600 }),
    right: (v) => v === 7200,
  },
  {
    id: "fact-handshake-order",
    label: { ko: "3-way 핸드셰이크의 순서를 틀리게 말함", en: "Gave the three-way handshake in the wrong order" },
    correction: { ko: "순서는 SYN → SYN-ACK → ACK입니다.", en: "The order is SYN → SYN-ACK → ACK." },
    needs: [["syn"], ["ack"]],
    sentence: true,
    // The handshake's segments in the order the sentence names them; "SYN-ACK", "SYN/ACK", "SYN+ACK" are one.
    values: (tokens, from, to) => {
      const seq: { at: number; kind: string }[] = [];
      for (let i = from; i <= to; i++) {
        const t = tokens[i]!;
        if (t.norm !== "syn" && t.norm !== "ack") continue;
        const next = tokens[i + 1];
        if (t.norm === "syn" && next?.norm === "ack" && next.start - t.end <= 1) {
          seq.push({ at: i, kind: "synack" });
          i++;
        } else seq.push({ at: i, kind: t.norm });
      }
      for (let k = 0; k + 2 < seq.length; k++)
        // (Named as a list — "SYN → ACK → SYN-ACK", "SYN, ACK, SYN/ACK 순서" — not across a description.)
        // (Not "SYN과 ACK을 SYN+ACK 하나로 합친다", "SYN and ACK combine into a SYN-ACK": two flags joined, not an order.)
        if (seq[k]!.kind === "syn" && seq[k + 1]!.kind === "ack" && seq[k + 2]!.kind === "synack" && seq[k + 1]!.at - seq[k]!.at <= 2 && seq[k + 2]!.at - seq[k + 1]!.at <= 2 && !/^(과|와)$/.test(tokens[seq[k]!.at]!.tail) && !/^(and|&)$/.test(tokens[seq[k]!.at + 1]?.surface ?? ""))
          return [{ at: seq[k + 1]!.at, value: "syn ack synack" }];
      return [];
    },
    right: () => false,
  },
  {
    id: "fact-window-field-bits",
    label: { ko: "TCP 윈도우 필드의 크기를 틀리게 말함", en: "Gave the wrong size of the TCP window field" },
    correction: { ko: "TCP 헤더의 윈도우 필드는 16비트(최대 65,535바이트)라서, 그보다 큰 윈도우에는 윈도우 스케일 옵션이 필요합니다.", en: "The TCP header's window field is 16 bits (at most 65,535 bytes); larger windows need the window scale option." },
    needs: [["window", "윈도우", "rwnd"], ["field", "필드", "header", "헤더"]],
    unless: ["sequence", "시퀀스", "seq", "ack", "checksum", "체크섬", "port", "포트", "ip", "scale", "스케일"],
    unlessNear: true,
    sentence: true,
    values: bitWidths,
    right: (v) => v === 16,
  },
  {
    id: "fact-port-bits",
    label: { ko: "포트 번호의 크기를 틀리게 말함", en: "Gave the wrong size of a port number" },
    correction: { ko: "포트 번호는 16비트라서 0~65535입니다.", en: "A port number is 16 bits, so it runs from 0 to 65535." },
    needs: [["port", "포트"]],
    // ("htonl() does the same for 32-bit values like INADDR_ANY": a long, not the port.)
    unless: ["ip", "ipv4", "ipv6", "address", "주소", "sequence", "시퀀스", "seq", "window", "윈도우", "checksum", "체크섬", "ack", "4-tuple", "튜플", "tuple", "fd", "htonl", "inaddr_any", "long"],
    unlessNear: true,
    sentence: true,
    values: bitWidths,
    right: (v) => v === 16,
  },
  {
    id: "fact-well-known-range",
    label: { ko: "well-known 포트의 범위를 틀리게 말함", en: "Gave the wrong range for well-known ports" },
    correction: { ko: "well-known(시스템) 포트는 0~1023입니다. 1024~49151은 registered, 49152~65535는 dynamic/private입니다.", en: "Well-known (system) ports are 0–1023; 1024–49151 are registered and 49152–65535 dynamic/private." },
    needs: [["well", "웰노운", "잘 알려진", "시스템 포트", "system port"]],
    unless: ["registered", "등록", "dynamic", "동적", "ephemeral", "임시", "private", "사설", "user", "사용자"],
    unlessNear: true,
    values: ranges,
    right: (v) => v === "0-1023" || v === "1-1023",
  },
  {
    id: "fact-shut-values",
    label: { ko: "SHUT_RD/SHUT_WR/SHUT_RDWR의 값을 틀리게 말함", en: "Gave the wrong value for SHUT_RD/SHUT_WR/SHUT_RDWR" },
    correction: { ko: "SHUT_RD는 0, SHUT_WR는 1, SHUT_RDWR는 2입니다.", en: "SHUT_RD is 0, SHUT_WR is 1 and SHUT_RDWR is 2." },
    needs: [["shut_rd", "shut_wr", "shut_rdwr"]],
    sentence: true,
    values: (tokens, from, to) => {
      const out: { at: number; value: string }[] = [];
      for (let i = from; i <= to; i++) {
        const name = tokens[i]!.norm;
        if (name !== "shut_rd" && name !== "shut_wr" && name !== "shut_rdwr") continue;
        // "SHUT_WR (1)", "SHUT_WR = 1", "SHUT_WR has the value 2", "SHUT_WR는 값이 2"
        for (let j = i + 1; j <= Math.min(to, i + 4); j++) {
          const t = tokens[j]!;
          if (/^shut_/.test(t.norm)) break;
          if (t.script === "num" && /^[0-9]$/.test(t.norm)) {
            out.push({ at: j, value: `${name}:${t.norm}` });
            break;
          }
          if (!/^(be|has|have|value|값|값이|값은|=|is|of|equal|equals|with|the|즉|how|인자|argument|arg|pass|passing|넘기|넘겨|i\.e)$/.test(t.norm) && t.script !== "num") break;
        }
      }
      return out;
    },
    right: (v) => ["shut_rd:0", "shut_wr:1", "shut_rdwr:2"].includes(String(v)),
  },
  {
    id: "fact-sun-path",
    label: { ko: "sun_path의 길이 제한을 틀리게 말함", en: "Gave the wrong length limit of sun_path" },
    correction: { ko: "리눅스의 sun_path는 108바이트(macOS 104바이트)라서 소켓 경로는 그보다 짧아야 합니다.", en: "sun_path is 108 bytes on Linux (104 on macOS), so a socket path must be shorter than that." },
    needs: [["sun_path"]],
    sentence: true,
    values: (tokens, from, to) => [...numbersWith({ 바이트: 1, byte: 1, 자: 1, character: 1, char: 1 })(tokens, from, to)],
    right: (v) => v === 108 || v === 107 || v === 104 || v === 103,
  },
  {
    id: "fact-bsd-sockets-year",
    label: { ko: "BSD 소켓(4.2BSD)이 나온 해를 틀리게 말함", en: "Gave the wrong year for BSD sockets (4.2BSD)" },
    correction: { ko: "BSD 소켓 API는 1983년 4.2BSD에서 처음 나왔습니다.", en: "The BSD socket API first shipped in 4.2BSD, in 1983." },
    needs: [["bsd"]],
    unless: ["4.3", "4.4", "posix", "winsock", "linux", "리눅스"],
    sentence: true,
    values: (tokens, from, to) => {
      const out: { at: number; value: number }[] = [];
      for (let i = from; i <= to; i++) if (tokens[i]!.script === "num" && /^(19[6-9]\d|20[0-2]\d)$/.test(tokens[i]!.norm)) out.push({ at: i, value: Number(tokens[i]!.norm) });
      // Only when 4.2BSD is what the sentence names.
      const names42 = tokens.slice(from, to + 1).some((t, k) => t.norm === "bsd" && tokens[from + k - 1]?.norm === "2" && tokens[from + k - 2]?.norm === "4");
      return names42 ? out : [];
    },
    right: (v) => v === 1983 || v === 1982,
  },
  {
    id: "fact-linux-msl",
    label: { ko: "리눅스의 MSL을 틀리게 말함(TIME_WAIT 60초 = 2×MSL)", en: "Gave the wrong MSL for Linux (TIME_WAIT 60 s = 2×MSL)" },
    correction: { ko: "리눅스는 TIME_WAIT를 60초로 고정하므로, 2×MSL로 보면 MSL은 30초에 해당합니다. TIME_WAIT가 120초인 것은 아닙니다.", en: "Linux fixes TIME_WAIT at 60 seconds, which as 2×MSL makes the MSL 30 seconds; TIME_WAIT is not 120 seconds." },
    needs: [["linux", "리눅스"], ["msl"]],
    unless: ["rfc", "windows", "윈도우", "freebsd", "macos"],
    sentence: true,
    // The number said of the MSL itself ("MSL이 60초라서", "MSL is 60 seconds"), not of 2×MSL.
    values: (tokens, from, to) => {
      const out: { at: number; value: number }[] = [];
      const time = numbersWith({ 초: 1, second: 1, sec: 1, s: 1, 분: 60, minute: 60, min: 60 });
      for (let i = from; i <= to; i++) {
        if (tokens[i]!.norm !== "msl" || /^(2|two|두)$/.test(tokens[i - 1]?.norm ?? "")) continue;
        const next = time(tokens, i + 1, Math.min(to, i + 4));
        if (next.length && !next.some((x) => /^(2msl|2|x|×)$/.test(tokens[x.at - 1]?.norm ?? ""))) out.push(next[0]!);
      }
      return out;
    },
    right: (v) => v === 30,
  },
  // Round 12: more well-known constants (minor errors are mostly one wrong number).
  {
    id: "fact-ipv4-header-size",
    label: { ko: "IPv4 헤더 크기를 틀리게 말함", en: "Gave the wrong IPv4 header size" },
    correction: { ko: "IPv4 헤더는 옵션 없이 20바이트, 옵션을 더하면 최대 60바이트입니다(40바이트 고정은 IPv6).", en: "The IPv4 header is 20 bytes without options and at most 60 with them (a fixed 40 bytes is IPv6's)." },
    needs: [["ipv4"], ["header", "헤더"]],
    unless: ["ipv6", "tcp", "udp", "icmp", "payload", "페이로드", "mss", "mtu", "segment", "세그먼트", "datagram", "데이터그램"],
    sentence: true,
    values: numbersWith({ 바이트: 1, byte: 1, b: 1 }),
    right: (v) => typeof v === "number" && v >= 20 && v <= 60,
  },
  {
    id: "fact-ipv6-header-size",
    label: { ko: "IPv6 기본 헤더 크기를 틀리게 말함", en: "Gave the wrong IPv6 header size" },
    correction: { ko: "IPv6 기본 헤더는 40바이트로 고정이고, 옵션은 확장 헤더로 붙습니다.", en: "The IPv6 base header is a fixed 40 bytes; options go in extension headers." },
    needs: [["ipv6"], ["header", "헤더"]],
    unless: ["ipv4", "tcp", "udp", "icmp", "extension", "확장", "payload", "페이로드", "mss", "mtu"],
    sentence: true,
    values: numbersWith({ 바이트: 1, byte: 1, b: 1 }),
    right: (v) => v === 40,
  },
  {
    id: "fact-ipv4-address-bits",
    label: { ko: "IPv4 주소의 크기를 틀리게 말함", en: "Gave the wrong size of an IPv4 address" },
    correction: { ko: "IPv4 주소는 32비트(4바이트), IPv6 주소는 128비트입니다.", en: "An IPv4 address is 32 bits (4 bytes); an IPv6 address is 128 bits." },
    needs: [["ipv4"], ["address", "주소"]],
    unless: ["ipv6", "port", "포트", "sin_port"],
    unlessNear: true,
    values: bitWidths,
    right: (v) => v === 32,
  },
  {
    id: "fact-ipv6-address-bits",
    label: { ko: "IPv6 주소의 크기를 틀리게 말함", en: "Gave the wrong size of an IPv6 address" },
    correction: { ko: "IPv6 주소는 128비트(16바이트)입니다.", en: "An IPv6 address is 128 bits (16 bytes)." },
    needs: [["ipv6"], ["address", "주소"]],
    unless: ["ipv4", "port", "포트", "sin6_port", "scope", "flowinfo"],
    unlessNear: true,
    values: bitWidths,
    right: (v) => v === 128,
  },
  {
    id: "fact-ethernet-mtu",
    label: { ko: "이더넷 MTU를 틀리게 말함", en: "Gave the wrong Ethernet MTU" },
    correction: { ko: "이더넷의 기본 MTU는 1500바이트입니다(점보 프레임은 9000 안팎).", en: "Ethernet's standard MTU is 1500 bytes (jumbo frames about 9000)." },
    needs: [["mtu"], ["ethernet", "이더넷"]],
    unless: ["frame", "프레임", "pppoe", "mss", "jumbo", "점보", "vpn", "tunnel", "터널"],
    sentence: true,
    values: bareNumbers,
    right: (v) => v === 1500,
  },
  {
    id: "fact-somaxconn-default",
    label: { ko: "somaxconn의 기본값을 틀리게 말함", en: "Gave the wrong somaxconn default" },
    correction: { ko: "net.core.somaxconn의 기본값은 리눅스 5.4부터 4096이고, 그 전에는 128이었습니다.", en: "net.core.somaxconn defaults to 4096 since Linux 5.4, and was 128 before." },
    needs: [["somaxconn"], ["default", "기본"]],
    sentence: true,
    // (Small numbers are version parts, "리눅스 5.4부터", not a value.)
    // ("5.4부터 1024" folds into the range "4-1024": its ends are values too.)
    values: (tokens, from, to) =>
      [...bareNumbers(tokens, from, to), ...ranges(tokens, from, to).flatMap((r) => r.value.split("-").map((n) => ({ at: r.at, value: Number(n) })))].filter((v) => v.value >= 10),
    right: (v) => v === 128 || v === 4096,
  },
  {
    id: "fact-tcp-fin-timeout",
    label: { ko: "tcp_fin_timeout의 기본값을 틀리게 말함", en: "Gave the wrong tcp_fin_timeout default" },
    correction: { ko: "리눅스 tcp_fin_timeout(FIN_WAIT_2 유지 시간)의 기본값은 60초입니다.", en: "Linux's tcp_fin_timeout (how long FIN_WAIT_2 is kept) defaults to 60 seconds." },
    needs: [["tcp_fin_timeout"], ["default", "기본"]],
    sentence: true,
    values: bareNumbers,
    right: (v) => v === 60,
  },
  {
    id: "fact-syn-retries-default",
    label: { ko: "tcp_syn_retries의 기본값을 틀리게 말함", en: "Gave the wrong tcp_syn_retries default" },
    correction: { ko: "리눅스 tcp_syn_retries의 기본값은 6(재전송 6번, 약 127초)입니다.", en: "Linux's tcp_syn_retries defaults to 6 (six retransmissions, about 127 seconds)." },
    needs: [["tcp_syn_retries"], ["default", "기본"]],
    sentence: true,
    // (A count, not the seconds it adds up to: "6번, 약 127초".)
    values: (tokens, from, to) => bareNumbers(tokens, from, to).filter((v) => v.value <= 15),
    right: (v) => v === 6 || v === 5,
  },
  // Round 15: more defaults people misremember.
  {
    id: "fact-linux-connect-timeout",
    label: { ko: "리눅스에서 응답 없는 connect()가 ETIMEDOUT까지 걸리는 시간을 틀리게 말함", en: "Gave the wrong time for an unanswered connect() to fail with ETIMEDOUT on Linux" },
    correction: { ko: "리눅스 기본값(tcp_syn_retries=6)에서는 SYN을 지수 백오프로 재전송하다가 약 127초(2분 남짓) 뒤에 ETIMEDOUT이 납니다.", en: "With Linux's defaults (tcp_syn_retries=6) the SYN is retransmitted with exponential backoff and connect() fails with ETIMEDOUT after about 127 seconds (just over two minutes)." },
    needs: [["etimedout"], ["linux", "리눅스"]],
    unless: ["windows", "윈도우", "keepalive", "keep-alive", "rto", "time_wait", "timeout=", "so_sndtimeo", "application", "애플리케이션", "client library", "라이브러리"],
    sentence: true,
    values: numbersWith({ 초: 1, second: 1, sec: 1, s: 1, 분: 60, minute: 60, min: 60 }),
    right: (v) => typeof v === "number" && v >= 60 && v <= 190,
  },
  {
    id: "fact-linux-delayed-ack",
    label: { ko: "리눅스의 지연 ACK 시간을 틀리게 말함", en: "Gave the wrong delayed-ACK timeout for Linux" },
    correction: { ko: "리눅스의 지연 ACK는 40ms에서 200ms 사이에서 조정됩니다. 500ms는 RFC가 허용하는 상한이고, Windows 기본값은 200ms입니다.", en: "Linux's delayed ACK adapts between 40 ms and 200 ms; 500 ms is the RFC's upper bound and 200 ms the Windows default." },
    needs: [["linux", "리눅스"], ["ack", "delay"]],
    unless: ["rfc", "windows", "윈도우", "macos", "bsd"],
    unlessNear: true,
    sentence: true,
    perValue: true,
    // (Not a value in a clause stating the standard's bound: "the delay has to stay under 500 ms; Linux uses …".)
    values: (tokens, from, to) => numbersWith({ ms: 1, 밀리초: 1, millisecond: 1, msec: 1 })(tokens, from, to).filter((v) => !has(tokens, ...clauseOf(tokens, v.at), ["must", "has", "should", "upper", "bound", "상한", "넘지", "넘으면"])),
    right: (v) => typeof v === "number" && v >= 40 && v <= 200,
  },
  // Round 15: protocol numbers (a classic slip: "ICMP is IP protocol 6", "UDP는 7").
  {
    id: "fact-ip-protocol-number",
    label: { ko: "IP 프로토콜 번호를 틀리게 말함", en: "Gave a wrong IP protocol number" },
    correction: { ko: "IP 헤더의 프로토콜 번호는 ICMP 1, TCP 6, UDP 17(ICMPv6 58)입니다.", en: "The IP header's protocol number is 1 for ICMP, 6 for TCP and 17 for UDP (58 for ICMPv6)." },
    needs: [["protocol", "프로토콜"], ["number", "번호", "번", "field", "필드"]],
    sentence: true,
    perValue: true,
    values: protocolNumbers,
    right: (v) => typeof v === "string" && PROTOCOL_NUMBERS[v.split(":")[0]!] === Number(v.split(":")[1]),
  },
  {
    id: "fact-htonl-port",
    label: { ko: "포트 번호를 htonl()로 바꾼다고 함", en: "Converted the port with htonl()" },
    correction: { ko: "포트는 16비트라 htons()로, IPv4 주소(32비트)는 htonl()로 바꿉니다.", en: "A port is 16 bits and takes htons(); htonl() is for the 32-bit IPv4 address." },
    needs: [["htonl"], ["port", "포트", "sin_port"]],
    unless: ["addr", "주소", "address", "ip"],
    // ("포트는 … 순서여야 하니까 htonl()로 바꿔서": a reason clause between the port and the call; an address
    // named elsewhere in the sentence does not excuse it.)
    sentence: true,
    unlessNear: true,
    values: (tokens, from, to) => {
      // (htons() named in the sentence: the port has its call; htonl() is for something else there.)
      for (let i = from; i <= to; i++) if (tokens[i]!.surface.startsWith("htons")) return [];
      for (let i = from; i <= to; i++) if (tokens[i]!.norm === "htonl") return [{ at: i, value: "htonl" }];
      return [];
    },
    right: () => false,
  },
  // Round 25's slips.
  {
    id: "fact-sockaddr-in-size",
    label: { ko: "sockaddr_in의 크기를 틀리게 말함(16바이트)", en: "Gave the wrong size of struct sockaddr_in (16 bytes)" },
    correction: { ko: "sockaddr_in은 family 2바이트, 포트 2바이트, IPv4 주소 4바이트, sin_zero 8바이트로 모두 16바이트이고, struct sockaddr와 크기가 같습니다.", en: "sockaddr_in is 16 bytes (2 family, 2 port, 4 IPv4 address, 8 sin_zero), the same size as struct sockaddr." },
    needs: [["sockaddr_in"], ["크기", "size", "sizeof", "바이트", "byte"]],
    sentence: true,
    unless: ["sockaddr_in6", "sockaddr_storage", "sin6", "ipv6"],
    // (Field sizes, "a two-byte port", "4바이트 주소", are not the struct's.)
    values: (tokens, from, to) => numbersWith({ 바이트: 1, byte: 1 })(tokens, from, to).filter((v) => v.value >= 12),
    right: (v) => v === 16,
  },
];

/**
 * Facts read from the answer's text with a pattern, where the slip is a name or a notation rather
 * than a number in a unit: a sysctl that does not exist, a private range with the wrong prefix
 * length, -1 for EOF, 0 for a failed socket call, EAGAIN and EWOULDBLOCK as two values on Linux.
 */
interface TextFact {
  id: string;
  label: Pair;
  correction: Pair;
  pattern: RegExp;
  /** Lower-case strings one of which the text must contain before the pattern is tried (a cheap gate). */
  keys: string[];
  /** Is this match a slip, in its sentence? (Default: every match is.) */
  wrong?: (m: RegExpExecArray, sentence: string) => boolean;
}

/** Linux sysctls under net.* an answer about sockets may name (prefixes end in "."). */
const SYSCTLS = new Set(
  [
    "core.somaxconn core.netdev_max_backlog core.rmem_default core.rmem_max core.wmem_default core.wmem_max core.optmem_max core.busy_poll core.busy_read core.default_qdisc core.netdev_budget core.dev_weight core.bpf_jit_enable",
    "ipv4.ip_local_port_range ipv4.ip_local_reserved_ports ipv4.ip_forward ipv4.ip_default_ttl ipv4.ip_nonlocal_bind ipv4.ip_unprivileged_port_start ipv4.ip_no_pmtu_disc ipv4.ip_early_demux ipv4.ip_autobind_reuse ipv4.ping_group_range",
    "ipv4.tcp_fin_timeout ipv4.tcp_tw_reuse ipv4.tcp_tw_recycle ipv4.tcp_max_tw_buckets ipv4.tcp_syncookies ipv4.tcp_max_syn_backlog ipv4.tcp_synack_retries ipv4.tcp_syn_retries ipv4.tcp_retries1 ipv4.tcp_retries2 ipv4.tcp_orphan_retries ipv4.tcp_max_orphans",
    "ipv4.tcp_keepalive_time ipv4.tcp_keepalive_intvl ipv4.tcp_keepalive_probes ipv4.tcp_abort_on_overflow ipv4.tcp_rmem ipv4.tcp_wmem ipv4.tcp_mem ipv4.tcp_window_scaling ipv4.tcp_timestamps ipv4.tcp_sack ipv4.tcp_dsack ipv4.tcp_fack ipv4.tcp_ecn ipv4.tcp_ecn_fallback ipv4.tcp_fastopen",
    "ipv4.tcp_congestion_control ipv4.tcp_available_congestion_control ipv4.tcp_allowed_congestion_control ipv4.tcp_slow_start_after_idle ipv4.tcp_no_metrics_save ipv4.tcp_mtu_probing ipv4.tcp_base_mss ipv4.tcp_notsent_lowat ipv4.tcp_autocorking ipv4.tcp_low_latency ipv4.tcp_adv_win_scale ipv4.tcp_app_win",
    "ipv4.tcp_moderate_rcvbuf ipv4.tcp_rfc1337 ipv4.tcp_frto ipv4.tcp_reordering ipv4.tcp_max_reordering ipv4.tcp_early_retrans ipv4.tcp_thin_linear_timeouts ipv4.tcp_limit_output_bytes ipv4.tcp_challenge_ack_limit ipv4.tcp_invalid_ratelimit ipv4.tcp_min_rtt_wlen ipv4.tcp_pacing_ss_ratio ipv4.tcp_pacing_ca_ratio",
    "ipv4.tcp_fwmark_accept ipv4.tcp_l3mdev_accept ipv4.tcp_migrate_req ipv4.tcp_syn_linear_timeouts ipv4.tcp_tso_win_divisor ipv4.tcp_workaround_signed_windows ipv4.tcp_stdurg ipv4.tcp_retrans_collapse ipv4.tcp_min_tso_segs ipv4.tcp_recovery ipv4.tcp_tw_reuse_delay ipv4.tcp_comp_sack_delay_ns ipv4.tcp_comp_sack_nr ipv4.tcp_plb_enabled ipv4.tcp_shrink_window ipv4.tcp_probe_interval ipv4.tcp_probe_threshold ipv4.tcp_mtu_probe_floor ipv4.tcp_ehash_entries ipv4.tcp_child_ehash_entries",
    "ipv4.udp_mem ipv4.udp_rmem_min ipv4.udp_wmem_min ipv4.udp_l3mdev_accept ipv4.udp_early_demux ipv4.icmp_echo_ignore_all ipv4.icmp_echo_ignore_broadcasts ipv4.icmp_ratelimit ipv4.icmp_ratemask ipv4.ipfrag_high_thresh ipv4.ipfrag_low_thresh ipv4.ipfrag_time ipv4.tcp_keepalive",
    "ipv6.bindv6only ipv6.ip_nonlocal_bind ipv6.flowlabel_consistency ipv6.auto_flowlabels ipv6.fwmark_reflect unix.max_dgram_qlen",
  ]
    .join(" ")
    .split(" "),
);
const SYSCTL_PREFIXES = ["ipv4.conf.", "ipv4.neigh.", "ipv4.route.", "ipv6.conf.", "ipv6.neigh.", "ipv6.route.", "ipv6.icmp.", "core.netdev_", "ipv4.tcp_keepalive"];

const TEXT_FACTS: TextFact[] = [
  {
    id: "fact-sysctl-name",
    label: { ko: "존재하지 않는 커널 파라미터(sysctl) 이름을 댐", en: "Named a kernel parameter (sysctl) that does not exist" },
    correction: {
      ko: "이름을 정확히 확인하세요: 예를 들어 accept 큐 상한은 net.core.somaxconn, SYN 큐는 net.ipv4.tcp_max_syn_backlog, 임시 포트 범위는 net.ipv4.ip_local_port_range입니다.",
      en: "Check the name: e.g. the accept-queue cap is net.core.somaxconn, the SYN queue net.ipv4.tcp_max_syn_backlog, the ephemeral range net.ipv4.ip_local_port_range.",
    },
    // (Dotted, or as a /proc/sys path; "net.ipv4.tcp_rmem/tcp_wmem" names two.)
    pattern: /(?<![\w.\/])net\.(core|ipv4|ipv6|unix)\.([a-z0-9_]+(?:\.[a-z0-9_]+)*)|(?<![\w.])net\/(core|ipv4|ipv6|unix)\/([a-z0-9_]+(?:\/[a-z0-9_]+)*)/gi,
    keys: ["net.", "net/"],
    wrong: (m) => {
      const name = `${(m[1] ?? m[3])!.toLowerCase()}.${(m[2] ?? m[4])!.toLowerCase().replace(/\//g, ".")}`;
      return !SYSCTLS.has(name) && !SYSCTL_PREFIXES.some((p) => name.startsWith(p));
    },
  },
  {
    id: "fact-private-cidr",
    label: { ko: "사설·예약 주소 대역의 프리픽스 길이를 틀리게 말함", en: "Gave the wrong prefix length for a private or reserved range" },
    correction: { ko: "사설 대역은 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16이고, 루프백은 127.0.0.0/8, 링크 로컬은 169.254.0.0/16입니다.", en: "The private ranges are 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16; loopback is 127.0.0.0/8 and link-local 169.254.0.0/16." },
    pattern: /(?<![\d.])(10\.0\.0\.0|172\.16\.0\.0|192\.168\.0\.0|127\.0\.0\.0|169\.254\.0\.0)\s*\/\s*(\d{1,2})(?!\d)/g,
    keys: ["10.0.0.0", "172.16.0.0", "192.168.0.0", "127.0.0.0", "169.254.0.0"],
    wrong: (m) => ({ "10.0.0.0": 8, "172.16.0.0": 12, "192.168.0.0": 16, "127.0.0.0": 8, "169.254.0.0": 16 })[m[1]!] !== Number(m[2]),
  },
  {
    id: "fact-eof-minus-one",
    label: { ko: "EOF(상대가 연결을 닫음)를 -1 반환으로 말함", en: "Said EOF (the peer closed) is a return of -1" },
    correction: { ko: "recv()/read()는 상대가 연결을 닫아 EOF가 되면 0을 반환합니다. -1은 에러(errno 확인)입니다.", en: "recv()/read() return 0 at EOF, when the peer has closed; -1 means an error (check errno)." },
    pattern: /(?<![\d.\w])-1\s*\(\s*EOF|EOF\s*\(\s*-1\s*\)|(?<![\d.\w])-1\s+(?:on|at|means|for|signals|indicates)\s+(?:an?\s+)?EOF\b|\bEOF\s*(?:면|이면|일\s*때|시|에서는?|에는|는|은|를|을)\s*-1(?!\d)|(?<![\d.\w])-1\s*(?:을|를|이)?\s*(?:반환|리턴|돌려)[가-힣]*\s*(?:하면|되면|면)\s*EOF/gi,
    keys: ["eof"],
  },
  {
    id: "fact-failure-returns-zero",
    label: { ko: "소켓 호출이 실패하면 0을 반환한다고 함", en: "Said a failing socket call returns 0" },
    correction: { ko: "socket(), bind(), connect() 같은 호출은 실패하면 -1을 반환하고 errno를 설정합니다(socket()은 성공하면 0 이상의 fd).", en: "Calls such as socket(), bind() and connect() return -1 on failure and set errno (socket() returns a descriptor ≥ 0 on success)." },
    pattern: /(?:실패하면|실패할\s*때|실패\s*시|on failure|on error|if it fails|when it fails)[,\s]*(?:it\s+)?(?:returns?\s+|는\s*|은\s*)?(?<![-\d.])0(?![\d.])(?!\s*(?:이|가)?\s*아닌)(?!\s*(?:이상|보다|초과|미만))|(?:returns?|돌려주고|반환하고)[^.。\n]{0,80}?,?\s*or\s+(?<![-\d.])0\s+(?:if it fails|on failure|on error|when it fails)/gi,
    keys: ["실패", "fail", "error"],
  },
  {
    id: "fact-eagain-ewouldblock-linux",
    label: { ko: "리눅스에서 EAGAIN과 EWOULDBLOCK이 서로 다른 값이라고 함", en: "Said EAGAIN and EWOULDBLOCK are different values on Linux" },
    correction: { ko: "리눅스에서 EAGAIN과 EWOULDBLOCK은 같은 값(11)입니다. 이식성을 위해 둘 다 확인할 뿐입니다.", en: "On Linux EAGAIN and EWOULDBLOCK are the same value (11); code checks both only for portability." },
    pattern: /EAGAIN|EWOULDBLOCK/gi,
    keys: ["eagain"],
    wrong: (_m, s) => {
      return /linux|리눅스/i.test(s) && /EAGAIN/i.test(s) && /EWOULDBLOCK/i.test(s) && /two different|different values?|distinct values?|not the same value|서로 다른|다른 값/i.test(s) && !/same value|같은 값|동일|may|might|some|older|other (?:systems|platforms|unix)|일부|다른 (?:시스템|플랫폼|유닉스)|수도|portab|이식/i.test(s);
    },
  },
  {
    id: "fact-port-dns-over-tls",
    label: { ko: "DNS over TLS의 포트를 틀리게 말함", en: "Gave the wrong port for DNS over TLS" },
    correction: { ko: "DNS over TLS(DoT)는 853번, DNS over HTTPS(DoH)는 443번 포트를 씁니다.", en: "DNS over TLS (DoT) uses port 853; DNS over HTTPS (DoH) uses 443." },
    pattern: /(?:DNS[ -]over[ -]TLS|\bDoT\b)[^.。\n\d]{0,24}?(\d{2,5})(?!\d)/gi,
    keys: ["tls", "dot"],
    wrong: (m) => Number(m[1]) !== 853,
  },
  {
    id: "fact-msg-nosigpipe-linux",
    label: { ko: "리눅스의 send() 플래그를 MSG_NOSIGPIPE라고 함(MSG_NOSIGNAL이 맞음)", en: "Called Linux's send() flag MSG_NOSIGPIPE (it is MSG_NOSIGNAL)" },
    correction: { ko: "리눅스에서 SIGPIPE 없이 보내는 send() 플래그는 MSG_NOSIGNAL이고, macOS에서는 소켓 옵션 SO_NOSIGPIPE를 씁니다.", en: "On Linux the send() flag is MSG_NOSIGNAL; macOS uses the SO_NOSIGPIPE socket option instead." },
    pattern: /MSG_NOSIGPIPE/g,
    keys: ["msg_nosigpipe"],
    wrong: (_m, s) => /linux|리눅스/i.test(s),
  },
  {
    id: "fact-ss-udp-flag",
    label: { ko: "ss에서 UDP를 보는 옵션을 -x라고 함(-u가 맞음, -x는 유닉스 소켓)", en: "Said ss shows UDP with -x (it is -u; -x is Unix sockets)" },
    correction: { ko: "ss -u는 UDP, -t는 TCP, -x는 유닉스 도메인 소켓입니다.", en: "ss -u shows UDP, -t TCP and -x Unix domain sockets." },
    pattern: /(?:UDP|udp)[^.。\n]{0,30}?(?<![\w-])-x\b/g,
    keys: ["-x"],
    wrong: (_m, s) => !/(?<![\w-])-[a-z]*u/.test(s) && !/unix|유닉스/i.test(s),
  },
  {
    id: "fact-reuseport-linux-version",
    label: { ko: "리눅스에 SO_REUSEPORT가 들어온 버전을 틀리게 말함", en: "Gave the wrong Linux version for SO_REUSEPORT" },
    correction: { ko: "리눅스의 SO_REUSEPORT는 커널 3.9(2013년)에 들어왔습니다.", en: "Linux gained SO_REUSEPORT in kernel 3.9 (2013)." },
    pattern: /SO_REUSEPORT[^.。\n]{0,60}?(?:linux|리눅스|kernel|커널)[^.。\n\d]{0,20}?(\d+\.\d+(?:\.\d+)?)|(?:linux|리눅스|kernel|커널)\s*(\d+\.\d+(?:\.\d+)?)[^.。\n]{0,40}?SO_REUSEPORT/gi,
    keys: ["so_reuseport"],
    wrong: (m) => !/^3\.9(?:\.|$)/.test(m[1] ?? m[2]!),
  },
  {
    id: "fact-nonblocking-eintr",
    label: { ko: "논블로킹 호출이 당장 할 수 없을 때의 errno를 틀리게 말함(EAGAIN/EWOULDBLOCK이 맞음)", en: "Gave the wrong errno for a non-blocking call that cannot proceed (it is EAGAIN/EWOULDBLOCK)" },
    correction: { ko: "논블로킹 소켓에서 당장 할 수 없는 호출은 -1과 EAGAIN/EWOULDBLOCK을 돌려줍니다(connect()만 EINPROGRESS). EINTR은 시그널에 끊겼을 때입니다.", en: "A non-blocking call that cannot proceed returns -1 with EAGAIN/EWOULDBLOCK (only connect() says EINPROGRESS); EINTR means a signal interrupted the call." },
    pattern: /(?:O_NONBLOCK|non-?blocking|논블로킹|넌블로킹)[^.。\n]{0,90}?(EINTR|ECONNREFUSED|ENOBUFS|ETIMEDOUT|EINPROGRESS)/gi,
    keys: ["eintr", "econnrefused", "enobufs", "etimedout", "einprogress"],
    // (EINTR/ENOBUFS are never "would block"; ECONNREFUSED, ETIMEDOUT and EINPROGRESS belong to connect().)
    // ("connection" is not connect(): "a non-blocking accept() with no connection waiting returns EINPROGRESS" is the slip.)
    wrong: (m, s) => (/^(EINTR|ENOBUFS)$/i.test(m[1]!) ? !/EAGAIN|EWOULDBLOCK|signal|시그널|interrupt|인터럽트/i.test(s) : !/EAGAIN|EWOULDBLOCK|\bconnect\b|SO_ERROR/i.test(s)),
  },
  {
    id: "fact-content-type-length",
    label: { ko: "HTTP 본문 길이를 알려 주는 헤더 이름을 틀리게 말함(Content-Length가 맞음)", en: "Named the wrong header for an HTTP body's length (it is Content-Length)" },
    correction: { ko: "HTTP 본문의 길이는 Content-Length 헤더(또는 chunked 인코딩)가 알려 주고, Content-Type은 본문의 형식입니다.", en: "Content-Length (or chunked encoding) gives the body's length; Content-Type is its media type." },
    pattern: /Content-Type[^.。\n]{0,60}?(?:length|길이|크기|size|몇 바이트|how many bytes|framing|프레이밍|this role|that role|역할)|(?:length|길이|크기)[^.。\n]{0,40}?Content-Type|Content-Size/gi,
    keys: ["content-type", "content-size"],
    wrong: (_m, s) => !/Content-Length/i.test(s),
  },
  {
    id: "fact-ifconfig-sockets",
    label: { ko: "ifconfig로 열린 소켓을 본다고 함(ss나 netstat이 맞음)", en: "Said ifconfig lists open sockets (ss or netstat does)" },
    correction: { ko: "ifconfig(ip addr)는 네트워크 인터페이스를 보여 주고, 열린 소켓은 ss나 netstat, lsof로 봅니다.", en: "ifconfig (ip addr) shows network interfaces; open sockets are listed by ss, netstat or lsof." },
    pattern: /(?:소켓|socket)[^.。\n]{0,40}?ifconfig|ifconfig[^.。\n]{0,30}?(?:소켓|socket)/gi,
    keys: ["ifconfig"],
    wrong: (_m, s) => !/interface|인터페이스|ip addr/i.test(s),
  },
  {
    id: "fact-c10k-year",
    label: { ko: "C10K 문제가 제기된 해를 틀리게 말함", en: "Gave the wrong year for the C10K problem" },
    correction: { ko: "Dan Kegel이 C10K 문제를 정리한 글은 1999년에 나왔습니다.", en: "Dan Kegel's write-up of the C10K problem dates from 1999." },
    pattern: /(?:C10K|Kegel)[^.。\n\d]{0,50}?((?:19|20)\d\d)(?![\d'’s]|년대)|((?:19|20)\d\d)\s*(?:년에?|,)?\s*(?:Dan\s+)?Kegel/gi,
    keys: ["c10k", "kegel"],
    wrong: (m) => (m[1] ?? m[2]) !== "1999",
  },
  {
    id: "fact-emfile-name",
    label: { ko: "'Too many open files'의 errno 이름을 틀리게 말함(EMFILE이 맞음)", en: "Gave the wrong errno for 'Too many open files' (it is EMFILE)" },
    correction: { ko: "프로세스의 fd 한도에 닿으면 EMFILE('Too many open files'), 시스템 전체 한도면 ENFILE입니다.", en: "Hitting the process's descriptor limit is EMFILE ('Too many open files'); the system-wide limit is ENFILE." },
    pattern: /too many open files['"’”,.]{0,3}[\s()]{0,6}(?:errno\s*)?(E[A-Z]{3,12})|(E[A-Z]{3,12})[\s(]{0,4}['"‘“]?too many open files/gi,
    keys: ["too many open files"],
    // (ENFILE's own message is "Too many open files in system".)
    wrong: (m, s) => !/^(EMFILE|ENFILE)$/.test((m[1] ?? m[2])!) || ((m[1] ?? m[2]) === "ENFILE" && !/in system|system-wide|시스템 전체/i.test(s)),
  },
  {
    id: "fact-so-keepalive-abort",
    label: { ko: "연결을 RST로 끊는 옵션을 SO_KEEPALIVE라고 함(SO_LINGER 0이 맞음)", en: "Said SO_KEEPALIVE set to 0 aborts a connection (it is SO_LINGER with a zero timeout)" },
    correction: { ko: "close() 때 FIN 대신 RST를 보내게 하는 것은 SO_LINGER를 켜고 타임아웃을 0으로 두는 것입니다. SO_KEEPALIVE는 유휴 연결 점검입니다.", en: "An abortive close (RST instead of FIN) is SO_LINGER on with a zero timeout; SO_KEEPALIVE turns on idle-connection probes." },
    pattern: /SO_KEEPALIVE[^.。\n]{0,30}?(?:0|zero)[^.。\n]{0,50}?(?:close|RST|중단|abort|끊)/gi,
    keys: ["so_keepalive"],
  },
  {
    id: "fact-rfc-number",
    label: { ko: "RFC 번호를 틀리게 말함", en: "Cited the wrong RFC number" },
    correction: { ko: "WebSocket은 RFC 6455, Forwarded 헤더는 RFC 7239, TCP는 RFC 793(현재 RFC 9293), IP는 RFC 791입니다.", en: "WebSocket is RFC 6455, the Forwarded header RFC 7239, TCP RFC 793 (now RFC 9293) and IP RFC 791." },
    // WebSocket's or Forwarded's RFC named beside it; RFC 791 (IP's) cited in a sentence that does not name IP.
    pattern: /(websocket|웹소켓|forwarded)[^.。\n]{0,60}?RFC\s*(\d{3,4})(?!\d)|RFC\s*(\d{3,4})(?!\d)[^.。\n]{0,40}?(websocket|웹소켓|forwarded)|RFC\s*(791)(?!\d)/gi,
    keys: ["rfc"],
    wrong: (m, s) => {
      if (m[5]) return !/\bIP\b|IPv4|internet protocol|인터넷 프로토콜/i.test(s);
      const topic = (m[1] ?? m[4])!.toLowerCase();
      const n = Number(m[2] ?? m[3]);
      // (7692 is permessage-deflate, an extension: right only where compression is the topic.)
      return /websocket|웹소켓/.test(topic) ? ![6455, 8441, 9220].includes(n) && !(n === 7692 && /deflate|compress|압축|extension|확장/i.test(s)) : n !== 7239;
    },
  },
  {
    id: "fact-winsock-dll",
    label: { ko: "Winsock 라이브러리 이름을 틀리게 말함(ws2_32.dll이 맞음)", en: "Named the wrong Winsock library (it is ws2_32.dll)" },
    correction: { ko: "Windows의 소켓 API(Winsock 2)는 ws2_32.dll에 있습니다. wininet.dll은 HTTP/FTP용 상위 라이브러리입니다.", en: "Windows's socket API (Winsock 2) lives in ws2_32.dll; wininet.dll is a higher-level HTTP/FTP library." },
    pattern: /winsock[^.。\n]{0,30}?\b([a-z0-9_]+\.dll)/gi,
    keys: ["winsock"],
    wrong: (m) => !/^(ws2_32|wsock32|mswsock)\.dll$/i.test(m[1]!),
  },
  {
    id: "fact-f-setfd-nonblock",
    label: { ko: "O_NONBLOCK을 F_SETFD로 켠다고 함(F_SETFL이 맞음)", en: "Set O_NONBLOCK with F_SETFD (it is F_SETFL)" },
    correction: { ko: "O_NONBLOCK은 파일 상태 플래그라 fcntl(fd, F_SETFL, flags | O_NONBLOCK)로 켭니다. F_SETFD는 FD_CLOEXEC 같은 디스크립터 플래그용입니다.", en: "O_NONBLOCK is a file status flag: fcntl(fd, F_SETFL, flags | O_NONBLOCK). F_SETFD is for descriptor flags such as FD_CLOEXEC." },
    pattern: /F_SETFD[^;.。\n]{0,30}?O_NONBLOCK/g,
    keys: ["f_setfd"],
  },
  {
    id: "fact-keepalive-defaults",
    label: { ko: "리눅스 TCP keepalive 기본값을 틀리게 말함", en: "Gave a wrong Linux TCP keepalive default" },
    correction: { ko: "리눅스 기본값은 tcp_keepalive_time 7200초, tcp_keepalive_intvl 75초, tcp_keepalive_probes 9회입니다.", en: "Linux defaults: tcp_keepalive_time 7200 s, tcp_keepalive_intvl 75 s, tcp_keepalive_probes 9." },
    // (The value said of the name: "tcp_keepalive_time=600", "… is 600", "tcp_keepalive_probes 5회" — not "(tcp_keepalive_intvl)으로 9번".)
    pattern: /tcp_keepalive_(time|intvl|probes)(?:\s*[=:]\s*|\s+(?:is|of|defaults? to|set to)\s+|(?:\s*값)?[은는이가]\s*|\s+(?=\d+\s*(?:초|회|번|sec|s\b|probe|time)))(\d+)(?!\d)/gi,
    keys: ["tcp_keepalive_"],
    wrong: (m, s) => /default|기본|linux|리눅스/i.test(s) && ({ time: 7200, intvl: 75, probes: 9 } as Record<string, number>)[m[1]!.toLowerCase()] !== Number(m[2]),
  },
  // Round 12's slips, read again after round 17.
  {
    id: "fact-fd-limit-errno",
    label: { ko: "fd 한도에 닿았을 때의 errno를 틀리게 말함(EMFILE이 맞음)", en: "Gave the wrong errno for running out of file descriptors (it is EMFILE)" },
    correction: { ko: "프로세스의 fd 한도에 닿으면 accept()/socket()은 EMFILE('Too many open files'), 시스템 전체 한도면 ENFILE로 실패합니다.", en: "At the process's descriptor limit accept()/socket() fail with EMFILE ('Too many open files'); at the system-wide limit with ENFILE." },
    pattern: /(?:파일 디스크립터|디스크립터|descriptors?|\bfds?\b)[^.。\n]{0,80}?(?:한도|한계|limit|run out|runs out|바닥|고갈|exhaust)[^.。\n]{0,60}?(EADDRINUSE|ECONNREFUSED|ENOBUFS|ECONNRESET|ENOMEM)/gi,
    keys: ["eaddrinuse", "econnrefused", "enobufs", "econnreset", "enomem"],
    wrong: (_m, s) => !/EMFILE|ENFILE/i.test(s),
  },
  {
    id: "fact-dns-udp-512",
    label: { ko: "전통적인 DNS의 UDP 메시지 크기 한도를 틀리게 말함(512바이트)", en: "Gave the wrong size limit for classic DNS over UDP (512 bytes)" },
    correction: { ko: "EDNS(0) 없는 전통적인 DNS는 UDP 메시지를 512바이트로 제한합니다. EDNS(0)로 더 큰 크기(예: 1232, 4096바이트)를 광고할 수 있습니다.", en: "Classic DNS without EDNS(0) limits UDP messages to 512 bytes; EDNS(0) lets a client advertise more (e.g. 1232 or 4096 bytes)." },
    // (Also "the original spec caps a UDP response at 1,024 bytes": the cap before the protocol.)
    pattern: /(?:DNS|UDP)[^.。\n]{0,60}?(?:caps?|limit|제한|한도|at most|최대|up to)[^.。\n]{0,30}?(\d[\d,]{2,5})\s*(?:bytes|바이트|B\b)|(?:caps?|limits?)\s+(?:an?\s+|the\s+)?(?:DNS|UDP)\s+(?:DNS\s+)?(?:response|answer|message|reply|packet)s?\s+(?:at|to)\s+(\d[\d,]{2,5})\s*(?:bytes|B\b)/gi,
    keys: ["dns"],
    // (Not EDNS's advertised size: "EDNS(0) raises it to 4096 bytes".)
    wrong: (m, s) => !/E$/i.test(m.input.slice(Math.max(0, m.index - 1), m.index)) && /DNS/i.test(s) && /UDP/i.test(s) && !/EDNS|IPv6|MTU|jumbo|advertis|광고/i.test(m[0]) && Number((m[1] ?? m[2])!.replace(/,/g, "")) !== 512,
  },
  {
    id: "fact-nginx-keepalive-default",
    label: { ko: "nginx keepalive_timeout의 기본값을 틀리게 말함(75초)", en: "Gave the wrong default for nginx's keepalive_timeout (75 s)" },
    correction: { ko: "nginx의 keepalive_timeout 기본값은 75초입니다(Node.js http 서버의 keepAliveTimeout 기본값이 5초).", en: "nginx's keepalive_timeout defaults to 75 seconds (Node.js's http server keepAliveTimeout defaults to 5 s)." },
    // (Also in a list of defaults: "기본값이 Node.js는 5초, nginx는 60초".)
    pattern: /nginx[^.。\n]{0,40}?keepalive_timeout[^.。\n\d]{0,30}?(\d+)\s*(?:s\b|초|seconds?|sec)|nginx(?:[은는]|'s| is)?\s*(?:기본(?:값은|값이)?|default(?: is)?)?\s*(\d+)\s*(?:s\b|초|seconds?|sec)/gi,
    keys: ["nginx"],
    wrong: (m, s) => /default|기본/i.test(s) && (/keep-?alive|킵얼라이브|keepalive_timeout|idle|유휴/i.test(s) || (/timeout|타임아웃/i.test(s) && !/proxy|upstream|read|send|body|connect|프록시/i.test(s))) && (m[1] ?? m[2]) !== "75",
  },
  {
    id: "fact-xff-rfc",
    label: { ko: "X-Forwarded-For가 RFC로 표준화됐다고 함(표준은 Forwarded, RFC 7239)", en: "Said X-Forwarded-For is standardised in an RFC (the standard header is Forwarded, RFC 7239)" },
    correction: { ko: "X-Forwarded-For는 사실상의 표준일 뿐이고, RFC 7239로 표준화된 헤더는 Forwarded입니다.", en: "X-Forwarded-For is a de facto convention; the header RFC 7239 standardises is Forwarded." },
    pattern: /X-Forwarded-For(?:(?!Forwarded)[^.;。\n]){0,40}?(?:standardi[sz]ed|표준화|defined|정의)(?:(?!Forwarded)[^.;。\n]){0,20}?RFC\s*\d{3,4}|X-Forwarded-For\s*\(?\s*RFC\s*\d{3,4}/gi,
    keys: ["x-forwarded-for"],
  },
  {
    id: "fact-backlog-clamp-sysctl",
    label: { ko: "listen() backlog의 상한 sysctl을 틀리게 말함(somaxconn이 맞음)", en: "Named the wrong sysctl as the cap on listen()'s backlog (it is somaxconn)" },
    correction: { ko: "listen()의 backlog는 net.core.somaxconn으로 잘립니다. tcp_max_syn_backlog는 SYN 큐(반쯤 열린 연결)의 한도입니다.", en: "listen()'s backlog is clamped to net.core.somaxconn; tcp_max_syn_backlog bounds the SYN queue of half-open connections." },
    pattern: /(?:backlog|accept queue|accept 큐|ask for more)(?:[^.。\n]|\.(?=\w)){0,80}?(?:clamp|capped|caps|silently|잘려|잘립|깎|상한|줄어)(?:[^.。\n]|\.(?=\w)){0,40}?(?:net\.ipv4\.)?tcp_max_syn_backlog|(?:backlog|이 값|값이)(?:[^.。\n]|\.(?=\w)){0,30}?(?:net\.ipv4\.)?tcp_max_syn_backlog(?:보다 크면|을 넘으면|를 넘으면)[^.。\n]{0,20}?(?:잘려|잘립|깎|줄어|맞춰)|backlog(?:[^.。\n]|\.(?=\w)){0,80}?(?:net\.ipv4\.)?tcp_max_syn_backlog(?:로|으로|에 의해|에서)\s*(?:상한|제한|잘)/gi,
    keys: ["tcp_max_syn_backlog"],
    // (Unless the sentence ties tcp_max_syn_backlog to the SYN queue, or names somaxconn.)
    wrong: (_m, s) => !/somaxconn/i.test(s) && !/(?:SYN queue|SYN 큐|half-open|반쯤 열린|SYN_RECV)[^;]{0,40}?tcp_max_syn_backlog|tcp_max_syn_backlog[^;]{0,40}?(?:SYN queue|SYN 큐|half-open|반쯤 열린|SYN_RECV)/i.test(s),
  },
  {
    id: "fact-rfc1122-delayed-ack",
    label: { ko: "RFC 1122가 정한 지연 ACK의 상한을 틀리게 말함(500ms)", en: "Gave the wrong delayed-ACK bound from RFC 1122 (500 ms)" },
    correction: { ko: "RFC 1122는 지연 ACK를 500ms 안에 보내야 한다고 정합니다. 리눅스는 40~200ms, Windows는 기본 200ms입니다.", en: "RFC 1122 bounds the ACK delay at 500 ms; Linux uses 40–200 ms and Windows 200 ms by default." },
    pattern: /RFC\s*1122[^.。\n\d]{0,60}?(\d+(?:\.\d+)?)\s*(ms|밀리초|초|seconds?|s\b)/gi,
    keys: ["1122"],
    wrong: (m) => Number(m[1]) * (/^(ms|밀리초)$/i.test(m[2]!) ? 1 : 1000) !== 500 && !/linux|리눅스|windows|윈도우|bsd|macos/i.test(m[0]),
  },
  {
    id: "fact-syn-queue-state",
    label: { ko: "SYN 큐의 반쯤 열린 연결 상태를 SYN_SENT라고 함(SYN_RECV가 맞음)", en: "Said half-open connections in the SYN queue are in SYN_SENT (it is SYN_RECV)" },
    correction: { ko: "SYN을 받고 SYN-ACK를 보낸 서버 쪽 연결은 SYN_RECV(SYN_RECEIVED) 상태입니다. SYN_SENT는 SYN을 보낸 클라이언트 쪽 상태입니다.", en: "A server-side connection that got a SYN and answered SYN-ACK is in SYN_RECV (SYN_RECEIVED); SYN_SENT is the client's state after sending its SYN." },
    pattern: /(?:SYN queue|SYN 큐|half-open|반쯤 열린|반개방)[^.。\n]{0,80}?SYN_SENT|SYN_SENT[^.。\n]{0,40}?(?:SYN queue|SYN 큐)/gi,
    keys: ["syn_sent"],
    wrong: (m) => !/client|클라이언트/i.test(m[0]),
  },
  {
    id: "fact-mss-ethernet",
    label: { ko: "이더넷의 MSS를 1500바이트라고 함(1500은 MTU, MSS는 1460)", en: "Said Ethernet's MSS is 1500 bytes (1500 is the MTU; the MSS is 1460)" },
    correction: { ko: "이더넷의 MTU가 1500바이트이고, IPv4·TCP 헤더 40바이트를 빼면 MSS는 보통 1460바이트입니다.", en: "Ethernet's MTU is 1500 bytes; take away 40 bytes of IPv4 and TCP headers and the MSS is usually 1460." },
    pattern: /MSS(?:(?!MTU)[^.。\n]){0,40}?1500\s*(?:bytes|바이트|B\b)/gi,
    keys: ["mss"],
  },
  {
    id: "fact-tos-demux",
    label: { ko: "IP 헤더의 ToS 필드로 TCP와 UDP를 구분한다고 함(Protocol 필드가 맞음)", en: "Said the IP header's Type of Service field tells TCP from UDP (it is the Protocol field)" },
    correction: { ko: "커널은 IP 헤더의 Protocol 필드(TCP 6, UDP 17)로 세그먼트를 TCP와 UDP로 나눕니다. ToS/DSCP는 서비스 품질 표시입니다.", en: "The kernel tells TCP from UDP by the IP header's Protocol field (6 and 17); ToS/DSCP marks quality of service." },
    pattern: /Type of Service|\bToS\b|DSCP|서비스 유형/gi,
    keys: ["type of service", "tos", "dscp", "서비스 유형"],
    wrong: (_m, s) => /TCP/.test(s) && /UDP/.test(s) && /separat|distinguish|tell|구분|나누|나눠|가르/i.test(s) && !/protocol field|프로토콜 필드|protocol number|프로토콜 번호/i.test(s),
  },
  {
    id: "fact-socket-type-mismatch",
    label: { ko: "TCP 소켓을 SOCK_DGRAM으로(또는 UDP 소켓을 SOCK_STREAM으로) 만든다고 함", en: "Created a TCP socket with SOCK_DGRAM (or a UDP socket with SOCK_STREAM)" },
    correction: { ko: "TCP 소켓은 SOCK_STREAM, UDP 소켓은 SOCK_DGRAM으로 만듭니다.", en: "A TCP socket is created with SOCK_STREAM, a UDP socket with SOCK_DGRAM." },
    pattern: /TCP(?:(?!UDP|SOCK_|DGRAM 소켓|datagram|raw)[^.。\n;(),]){0,40}(?:socket\(\s*[AP]F_INET6?,\s*)?SOCK_(?:DGRAM|RAW)|UDP(?:(?!TCP|SOCK_|STREAM 소켓|stream|raw)[^.。\n;(),]){0,40}(?:socket\(\s*[AP]F_INET6?,\s*)?SOCK_(?:STREAM|RAW)|SOCK_DGRAM(?:\s*,\s*0\s*\))?(?:(?!UDP|SOCK_)[^.。\n;,()]){0,20}?TCP\s*(?:소켓|socket)|SOCK_STREAM(?:\s*,\s*0\s*\))?(?:(?!TCP|SOCK_)[^.。\n;,()]){0,20}?UDP\s*(?:소켓|socket)/g,
    keys: ["sock_dgram", "sock_stream", "sock_raw"],
  },
  // Round 18's slips: names, numbers and errnos people mix up.
  // Round 20's slips.
  // Round 21's slips.
  // Round 22's slips.
  {
    id: "fact-o-async-nonblock",
    label: { ko: "논블로킹 소켓을 O_ASYNC로 만든다고 함(O_NONBLOCK이 맞음)", en: "Made a socket non-blocking with O_ASYNC (it is O_NONBLOCK)" },
    correction: { ko: "논블로킹은 fcntl(fd, F_SETFL, flags | O_NONBLOCK)이나 SOCK_NONBLOCK입니다. O_ASYNC는 SIGIO 시그널 기반 통지입니다.", en: "Non-blocking is fcntl(fd, F_SETFL, flags | O_NONBLOCK) or SOCK_NONBLOCK; O_ASYNC turns on SIGIO signal-driven notification." },
    pattern: /(?:논블로킹|넌블로킹|non-?blocking)[^.。\n]{0,60}?O_ASYNC|O_ASYNC[^.。\n]{0,40}?(?:논블로킹|넌블로킹|non-?blocking)/gi,
    keys: ["o_async"],
    wrong: (_m, s) => !/O_NONBLOCK|SIGIO|signal|시그널/i.test(s),
  },
  {
    id: "fact-half-close-fin-wait-1",
    label: { ko: "하프 클로즈 동안 FIN_WAIT_1에 머문다고 함(FIN_WAIT_2가 맞음)", en: "Said the half-closing side stays in FIN_WAIT_1 (it is FIN_WAIT_2)" },
    correction: { ko: "SHUT_WR로 보낸 FIN이 ACK되면 그 쪽은 FIN_WAIT_2에서 상대의 FIN을 기다리고, 상대는 CLOSE_WAIT에 있습니다.", en: "Once the FIN from SHUT_WR is ACKed that side waits in FIN_WAIT_2 for the peer's FIN, while the peer is in CLOSE_WAIT." },
    pattern: /(?:shutdown|half-close|하프 클로즈|SHUT_WR)[^.。\n]{0,80}?FIN_WAIT_1[^.。\n]{0,60}?CLOSE_WAIT/gi,
    keys: ["fin_wait_1"],
    wrong: (_m, s) => !/FIN_WAIT_2/i.test(s),
  },
  {
    id: "fact-node-keepalive-default",
    label: { ko: "Node.js http 서버의 keepAliveTimeout 기본값을 틀리게 말함(5초)", en: "Gave the wrong default keepAliveTimeout for Node.js's http server (5 s)" },
    correction: { ko: "Node.js http 서버의 keepAliveTimeout 기본값은 5초입니다(nginx keepalive_timeout은 75초).", en: "Node.js's http server defaults keepAliveTimeout to 5 seconds (nginx's keepalive_timeout is 75 s)." },
    // (Also "Node.js, for instance, has a default server keepAliveTimeout of 60 seconds": the option's name, then its value, in s or ms.)
    pattern: /Node(?:\.js)?(?:[은는의]|'s)?\s*(?:http\s*(?:서버|server)(?:[은는의]|'s)?\s*)?(?:keepAliveTimeout|keep-?alive ?timeout)?(?:[은는의]|'s)?\s*(?:기본(?:값은|값이)?|default(?: is| of)?)?\s*(\d+)\s*(?:초|s\b|seconds?|sec)|Node(?:\.js)?\b[^.。\n]{0,40}?keepAliveTimeout[^.。\n\d]{0,24}?(\d+)\s*(초|s\b|seconds?|sec|ms\b|밀리초)/gi,
    keys: ["node"],
    wrong: (m, s) => /default|기본/i.test(s) && /keep-?alive|킵얼라이브|keepAliveTimeout/i.test(s) && Number(m[1] ?? m[2]) / (m[3] && /ms|밀리/i.test(m[3]) ? 1000 : 1) !== 5,
  },
  {
    id: "fact-rfc-delayed-ack-seconds",
    label: { ko: "RFC가 정한 지연 ACK의 상한을 틀리게 말함(500ms)", en: "Gave the wrong RFC bound for delayed ACKs (500 ms)" },
    correction: { ko: "RFC 1122는 지연 ACK가 500ms를 넘지 않게 정합니다.", en: "RFC 1122 caps the ACK delay at 500 ms." },
    pattern: /RFC(?:상|에서는|에서| says| caps it at| limits it to)?\s*[^.。\n\d]{0,12}?(\d+(?:\.\d+)?)\s*(초|ms|밀리초|seconds?)/gi,
    keys: ["rfc"],
    wrong: (m, s) => /ACK/i.test(s) && /지연|delay/i.test(s) && !/RFC\s*\d/i.test(m[0]) && Number(m[1]) * (/^(ms|밀리초)$/i.test(m[2]!) ? 1 : 1000) !== 500,
  },
  {
    id: "fact-ping-capability",
    label: { ko: "ping의 원시 소켓에 필요한 권한을 CAP_NET_ADMIN이라고 함(CAP_NET_RAW)", en: "Said ping's raw socket needs CAP_NET_ADMIN (it is CAP_NET_RAW)" },
    correction: { ko: "원시 소켓을 열려면 root나 CAP_NET_RAW 권한이 필요합니다(리눅스는 ping_group_range로 ICMP 데이터그램 소켓도 허용).", en: "A raw socket needs root or CAP_NET_RAW (Linux can also allow ICMP datagram sockets via ping_group_range)." },
    pattern: /(?:raw socket|원시 소켓|SOCK_RAW|ping)[^.。\n]{0,60}?CAP_NET_ADMIN/gi,
    keys: ["cap_net_admin"],
    wrong: (_m, s) => !/CAP_NET_RAW/i.test(s),
  },
  {
    id: "fact-syncookies-sysctl",
    label: { ko: "SYN 쿠키를 켜는 sysctl 이름을 틀리게 말함(tcp_syncookies)", en: "Named the wrong sysctl for SYN cookies (tcp_syncookies)" },
    correction: { ko: "SYN 쿠키는 net.ipv4.tcp_syncookies(기본 1)로 켭니다. tcp_synack_retries는 SYN-ACK 재전송 횟수입니다.", en: "SYN cookies are net.ipv4.tcp_syncookies (default 1); tcp_synack_retries is the number of SYN-ACK retransmissions." },
    pattern: /(?:SYN cookie|SYN 쿠키|syncookie)(?:[^.。\n]|\.(?=\w)){0,120}?tcp_synack_retries|tcp_synack_retries(?:[^.。\n]|\.(?=\w)){0,40}?(?:SYN cookie|SYN 쿠키)/gi,
    keys: ["tcp_synack_retries"],
    wrong: (_m, s) => !/tcp_syncookies/i.test(s),
  },
  {
    id: "fact-tcp-handshake-rfc",
    label: { ko: "TCP(3-way 핸드셰이크)의 RFC 번호를 틀리게 말함(793, 현재 9293)", en: "Cited the wrong RFC for TCP's handshake (793, now 9293)" },
    correction: { ko: "TCP와 3-way 핸드셰이크는 RFC 793(현재 RFC 9293)에 정의돼 있습니다. RFC 768은 UDP입니다.", en: "TCP and its three-way handshake are defined in RFC 793 (now RFC 9293); RFC 768 is UDP." },
    pattern: /(?:3-way|three-way|handshake|핸드셰이크|절차)[^.。\n\d]{0,40}?RFC\s*(\d{3,4})(?!\d)/gi,
    keys: ["rfc"],
    wrong: (m, s) => /TCP|SYN/i.test(s) && !/QUIC|HTTP\/?3|TLS/i.test(s) && ![793, 9293, 1122, 1323, 7413, 7323].includes(Number(m[1])),
  },
  {
    id: "fact-nc-half-close-flag",
    label: { ko: "nc에서 입력이 끝나면 쓰기 쪽을 닫는 옵션을 틀리게 말함(-N)", en: "Gave the wrong nc option for shutting down the write side at EOF (-N)" },
    correction: { ko: "OpenBSD nc는 -N을 주면 표준 입력이 EOF일 때 소켓에 shutdown(SHUT_WR)을 호출합니다(-z는 포트 스캔, -k는 계속 listen).", en: "OpenBSD nc shuts down the socket's write side at stdin EOF with -N (-z is port scanning, -k keeps listening)." },
    pattern: /\bnc\b[^.。\n]{0,60}?(?<![\w-])-([a-zA-Z])\b[^.。\n]{0,60}?(?:shutdown|EOF|half|하프)/g,
    keys: ["nc"],
    wrong: (m) => !/^[Nq]$/.test(m[1]!),
  },
  {
    id: "fact-ss-process-flag",
    label: { ko: "ss에서 프로세스를 보는 옵션을 -e라고 함(-p가 맞음)", en: "Said ss shows the owning process with -e (it is -p)" },
    correction: { ko: "소켓을 가진 프로세스와 PID는 ss -p(보통 sudo ss -tanp)로 봅니다. -e는 확장 정보(uid, inode 등)입니다.", en: "ss -p (usually sudo ss -tanp) shows the owning process and PID; -e adds extended details (uid, inode)." },
    pattern: /\bss\b[^.。\n]{0,60}?(?<![\w-])-e\b[^.。\n]{0,60}?(?:process|프로세스|PID)|\bss\b[^.。\n]{0,60}?-e\s*옵션[^.。\n]{0,60}?(?:process|프로세스)/gi,
    keys: ["ss"],
    wrong: (_m, s) => !/(?<![\w-])-[a-z]*p[a-z]*\b/.test(s),
  },
  {
    id: "fact-epollexclusive-version",
    label: { ko: "EPOLLEXCLUSIVE가 들어온 리눅스 버전을 틀리게 말함(4.5)", en: "Gave the wrong Linux version for EPOLLEXCLUSIVE (4.5)" },
    correction: { ko: "EPOLLEXCLUSIVE는 리눅스 4.5에 들어왔습니다(SO_REUSEPORT가 3.9).", en: "EPOLLEXCLUSIVE arrived in Linux 4.5 (SO_REUSEPORT was 3.9)." },
    pattern: /EPOLLEXCLUSIVE[^.。\n]{0,60}?(?:linux|리눅스|kernel|커널)\s*(\d+\.\d+)(?!\.?\d)/gi,
    keys: ["epollexclusive"],
    wrong: (m) => m[1] !== "4.5",
  },
  {
    id: "fact-half-close-peer-state",
    label: { ko: "하프 클로즈 동안 상대가 LAST_ACK에 있다고 함(CLOSE_WAIT가 맞음)", en: "Said the peer sits in LAST_ACK during a half-close (it is CLOSE_WAIT)" },
    correction: { ko: "SHUT_WR로 FIN을 보낸 쪽은 FIN_WAIT_2, 상대는 아직 보낼 수 있는 CLOSE_WAIT에 있습니다. LAST_ACK는 상대가 자기 FIN까지 보낸 뒤입니다.", en: "The side that sent its FIN waits in FIN_WAIT_2 while the peer, still able to send, is in CLOSE_WAIT; LAST_ACK comes only after the peer sends its own FIN." },
    pattern: /FIN_WAIT_2[^.。\n]{0,40}?(?:상대|peer|other side|the other end)[^.。\n]{0,20}?LAST_ACK/gi,
    keys: ["last_ack"],
    wrong: (_m, s) => !/CLOSE_WAIT/i.test(s),
  },
  {
    id: "fact-windows-delayed-ack",
    label: { ko: "윈도우의 지연 ACK 기본값을 틀리게 말함(200ms)", en: "Gave the wrong Windows delayed-ACK default (200 ms)" },
    correction: { ko: "윈도우의 지연 ACK 타이머 기본값은 200ms입니다. 500ms는 RFC 1122가 허용하는 상한입니다.", en: "Windows's delayed-ACK timer defaults to 200 ms; 500 ms is RFC 1122's upper bound." },
    pattern: /(?:windows|윈도우)(?:[은는]|'s| is| uses| defaults to)?\s*(?:기본(?:값은|값이)?|default(?: is)?)?\s*(\d+)\s*(?:ms|밀리초)/gi,
    keys: ["windows", "윈도우"],
    wrong: (m, s) => /ACK|delay|지연|대기 시간|wait/i.test(s) && m[1] !== "200",
  },
  {
    id: "fact-so-nodelay",
    label: { ko: "Nagle을 끄는 옵션을 SO_NODELAY라고 함(TCP_NODELAY가 맞음)", en: "Called the Nagle switch SO_NODELAY (it is TCP_NODELAY)" },
    correction: { ko: "Nagle 알고리즘은 IPPROTO_TCP 수준의 TCP_NODELAY 옵션으로 끕니다. SO_NODELAY라는 소켓 옵션은 없습니다.", en: "Nagle is turned off with TCP_NODELAY at the IPPROTO_TCP level; there is no SO_NODELAY socket option." },
    pattern: /SO_NODELAY/g,
    keys: ["so_nodelay"],
  },
  {
    id: "fact-udp-icmp-errno",
    label: { ko: "UDP에서 ICMP port unreachable이 ECONNRESET으로 온다고 함(리눅스는 ECONNREFUSED)", en: "Said ICMP port unreachable shows up as ECONNRESET on a UDP socket (Linux reports ECONNREFUSED)" },
    correction: { ko: "connect()한 UDP 소켓은 상대 포트가 닫혀 ICMP port unreachable이 오면 다음 호출이 ECONNREFUSED로 실패합니다(윈도우는 WSAECONNRESET).", en: "On a connected UDP socket an ICMP port unreachable makes the next call fail with ECONNREFUSED (Windows reports WSAECONNRESET)." },
    pattern: /(?:ICMP|port unreachable|포트 도달 불가|도달할 수 없음)[^.。\n]{0,80}?ECONNRESET/gi,
    keys: ["econnreset"],
    wrong: (_m, s) => !/ECONNREFUSED|windows|윈도우|WSA/i.test(s),
  },
  {
    id: "fact-alpn-id",
    label: { ko: "ALPN에서 HTTP/2의 프로토콜 ID를 'http/2'라고 함('h2'가 맞음)", en: "Gave HTTP/2's ALPN protocol ID as 'http/2' (it is 'h2')" },
    correction: { ko: "ALPN 프로토콜 ID는 HTTP/2가 h2, HTTP/1.1이 http/1.1, HTTP/3가 h3입니다.", en: "ALPN IDs: h2 for HTTP/2, http/1.1 for HTTP/1.1, h3 for HTTP/3." },
    pattern: /ALPN[^.。\n]{0,120}?["'“‘]http\/2["'”’]/gi,
    keys: ["alpn"],
    wrong: (_m, s) => !/\bh2\b/i.test(s),
  },
  {
    id: "fact-sigpipe-number",
    label: { ko: "SIGPIPE의 시그널 번호를 틀리게 말함(13)", en: "Gave the wrong signal number for SIGPIPE (13)" },
    correction: { ko: "SIGPIPE는 13번입니다(9번은 SIGKILL).", en: "SIGPIPE is signal 13 (9 is SIGKILL)." },
    pattern: /SIGPIPE\s*(?:signal\s*|시그널\s*)?(?:\(\s*(?:signal\s*|시그널\s*)?(\d{1,2})\s*\)|(?:is|는|은)\s*(?:signal\s*)?(\d{1,2})(?:번|\b))/gi,
    keys: ["sigpipe"],
    wrong: (m) => (m[1] ?? m[2]) !== "13",
  },
  {
    id: "fact-fin-wait-1-after-ack",
    label: { ko: "FIN이 ACK된 뒤에도 FIN_WAIT_1에 있다고 함(FIN_WAIT_2가 맞음)", en: "Said the closer stays in FIN_WAIT_1 after its FIN is ACKed (it is FIN_WAIT_2)" },
    correction: { ko: "먼저 닫은 쪽은 FIN을 보내면 FIN_WAIT_1, 그 FIN이 ACK되면 FIN_WAIT_2에서 상대의 FIN을 기다립니다.", en: "The closer is in FIN_WAIT_1 after sending its FIN and moves to FIN_WAIT_2 once that FIN is ACKed, waiting there for the peer's FIN." },
    pattern: /(?:ACK된 뒤|ACK된 후|ACK을 받은 뒤|ACK를 받은 뒤|ACK을 받고|ACK를 받고|ACK받은 뒤|is acknowledged|was acknowledged|has been acknowledged|is ACKed|was ACKed|been ACKed)[^.。\n]{0,60}?FIN_WAIT_1/gi,
    keys: ["fin_wait_1"],
    wrong: (_m, s) => !/FIN_WAIT_2/i.test(s),
  },
  {
    id: "fact-in-use-eaddrnotavail",
    label: { ko: "이미 점유된 주소에 bind하면 EADDRNOTAVAIL이라고 함(EADDRINUSE가 맞음)", en: "Said binding an address already taken fails with EADDRNOTAVAIL (it is EADDRINUSE)" },
    correction: { ko: "다른 소켓이 이미 쓰는 주소·포트에 bind하면 EADDRINUSE입니다. EADDRNOTAVAIL은 그 주소가 이 호스트에 없거나 쓸 임시 포트가 없을 때입니다.", en: "Binding an address and port another socket already holds fails with EADDRINUSE; EADDRNOTAVAIL means the address is not local or no ephemeral port is free." },
    // (Also "Since the [::] socket already owns IPv4 port 8080, a second socket bound to 0.0.0.0:8080 fails with EADDRNOTAVAIL".)
    pattern: /(?:이미|already)[^.。\n]{0,80}?(?:점유|사용 중|쓰고 있|in use|taken|occupied|owns|holds|차지)[^.。\n]{0,60}?EADDRNOTAVAIL|((?:second|another|두\s*번째|다른)\s+(?:socket|소켓))(?:[^.。\n]|\.(?=\w)){0,60}?(?:fails?|실패)[^.。\n]{0,20}?EADDRNOTAVAIL/gi,
    keys: ["eaddrnotavail"],
    wrong: (m, s) => !m[1] || (/already|이미|owns|차지|holds|in use|사용 중|same port|같은 포트/i.test(s) && !/interface|인터페이스|not (?:assigned|configured|local)|없는 (?:주소|IP)|ephemeral|임시 포트|고갈|exhaust|run out/i.test(s)),
  },
  {
    id: "fact-icmp-echo-types",
    label: { ko: "ICMP Echo의 타입 번호를 틀리게 말함(요청 8, 응답 0)", en: "Gave a wrong ICMP Echo type number (request 8, reply 0)" },
    correction: { ko: "ICMP Echo Request는 타입 8, Echo Reply는 타입 0입니다(IPv6의 ICMPv6는 128/129).", en: "ICMP Echo Request is type 8 and Echo Reply type 0 (ICMPv6 uses 128/129)." },
    // (Also "타입 번호로 보면 Echo Request가 0, Echo Reply가 8": the number right after the name, in a sentence about types.)
    pattern: /echo[ -]?(request|reply|요청|응답)(?:[^.。\n\d]{0,12}?(?:type|타입|유형)\s*(\d{1,3})(?!\d)|\s*(?:[은는이가]|is|=|:)\s*(\d{1,3})(?![\d.]))/gi,
    keys: ["echo"],
    wrong: (m, s) => !/ICMPv6|IPv6/i.test(s) && (m[2] !== undefined || /type|타입|유형/i.test(s)) && Number(m[2] ?? m[3]) !== (/request|요청/i.test(m[1]!) ? 8 : 0),
  },
  {
    id: "fact-epoll-edge-flag",
    label: { ko: "epoll의 엣지 트리거 플래그 이름을 틀리게 말함(EPOLLET)", en: "Named the wrong flag for epoll's edge-triggered mode (EPOLLET)" },
    correction: { ko: "엣지 트리거는 EPOLLET 플래그로 켭니다. EPOLLONESHOT은 한 번 알린 뒤 다시 등록할 때까지 끄는 별개 옵션입니다.", en: "Edge-triggered mode is the EPOLLET flag; EPOLLONESHOT is a separate option that disarms the fd after one event." },
    pattern: /edge[- ]?trigger(?:ed)?[^.。\n]{0,50}?\b(EPOLL(?!ET\b)[A-Z]+)\b|엣지 ?트리거[^.。\n]{0,40}?\b(EPOLL(?!ET\b)[A-Z]+)\b/gi,
    keys: ["epoll"],
    wrong: (m, s) => !/EPOLLET\b/.test(s) && /flag|플래그|with|로 켜|로 설정|request|mode|모드/i.test(s) && /^EPOLL(ONESHOT|EXCLUSIVE|IN|OUT|RDHUP|PRI|ERR|HUP|WAKEUP)$/i.test((m[1] ?? m[2])!),
  },
  {
    id: "fact-inet-pton-invalid",
    label: { ko: "inet_pton()이 잘못된 주소 문자열에 -1을 돌려준다고 함(0이 맞음)", en: "Said inet_pton() returns -1 for an invalid address string (it returns 0)" },
    correction: { ko: "inet_pton()은 성공하면 1, 형식이 잘못된 문자열이면 0, 지원하지 않는 주소 체계면 -1(errno EAFNOSUPPORT)을 돌려줍니다.", en: "inet_pton() returns 1 on success, 0 for a string that is not a valid address, and -1 (errno EAFNOSUPPORT) for an unsupported family." },
    // (A dot inside an address, "10.0.0.5", ends no sentence.)
    pattern: /inet_pton(?:[^.。\n]|\.(?=\S)){0,260}?(?:-1|minus one)\s*(?:if|when|for)\s*(?:the\s+)?(?:string|input|address|text)?\s*(?:is(?:n't| not) (?:a )?valid|is invalid|isn't valid|is malformed)|inet_pton(?:[^.。\n]|\.(?=\S)){0,260}?(?:잘못|틀리|invalid|not a valid|isn't valid|is not valid|malformed|형식이|유효하지 않은)(?:[^.。\n]|\.(?=\S)){0,30}?(?<!\d)-1(?!\d)/gi,
    keys: ["inet_pton"],
    wrong: (_m, s) => !/family|패밀리|EAFNOSUPPORT|unsupported|지원하지 않는/i.test(s),
  },
  {
    id: "fact-getsockname-sender",
    label: { ko: "데이터그램을 보낸 쪽을 getsockname()으로 안다고 함(recvfrom()이 알려 줌)", en: "Said getsockname() tells who sent a datagram (recvfrom() does)" },
    correction: { ko: "데이터그램마다 보낸 쪽 주소는 recvfrom()(또는 recvmsg())이 돌려줍니다. getsockname()은 내 소켓의 로컬 주소, getpeername()은 연결된 상대 주소입니다.", en: "recvfrom() (or recvmsg()) returns each datagram's sender; getsockname() gives your own local address and getpeername() a connected peer's." },
    pattern: /(?:누가 보냈|보낸 (?:쪽|사람|주소|곳)|송신자|sender|who sent)[^.。\n]{0,50}?getsockname|getsockname[^.。\n]{0,50}?(?:누가 보냈|보낸 (?:쪽|사람|주소|곳)|송신자|sender|who sent)/gi,
    keys: ["getsockname"],
  },
  {
    id: "fact-tls13-rtt",
    label: { ko: "TLS 1.3 핸드셰이크의 왕복 횟수를 틀리게 말함(1-RTT)", en: "Gave the wrong round-trip count for a TLS 1.3 handshake (1-RTT)" },
    correction: { ko: "TLS 1.3의 전체 핸드셰이크는 1-RTT(재개 시 0-RTT 가능), TLS 1.2는 2-RTT입니다.", en: "A full TLS 1.3 handshake takes one round trip (0-RTT on resumption); TLS 1.2 takes two." },
    pattern: /TLS ?1\.3[^.。\n]{0,60}?(?:\b(two|three|2|3)[- ]?(?:round[- ]?trips?|RTTs?)|(두|세|2|3) ?(?:번의? )?(?:왕복|RTT))/gi,
    keys: ["1.3"],
    wrong: (m) => !/TLS ?1\.2|resum|재개|TCP/i.test(m[0]),
  },
  {
    id: "fact-udp-reply-write",
    label: { ko: "연결하지 않은 UDP 소켓에서 주소를 넘겨 write()로 답한다고 함(sendto()가 맞음)", en: "Replied on an unconnected UDP socket with write() and an address (it is sendto())" },
    correction: { ko: "연결하지 않은 UDP 소켓은 sendto()에 목적지 주소를 넘겨 답합니다. write()/send()는 주소 인자가 없어서 connect()한 소켓에서만 씁니다.", en: "An unconnected UDP socket replies with sendto() and the destination address; write()/send() take no address and only work on a connected socket." },
    pattern: /(?:주소를|address)[^.。\n]{0,20}?(?:인자로|as an argument|넣어|넘겨|pass)[^.。\n]{0,20}?\b(write|send)\(\)/gi,
    keys: ["write()", "send()"],
    wrong: (_m, s) => !/connect|sendto/i.test(s),
  },
  {
    id: "fact-dns-udp-853",
    label: { ko: "일반 DNS 질의가 UDP 853번을 쓴다고 함(53번)", en: "Said ordinary DNS queries use UDP port 853 (it is 53)" },
    correction: { ko: "일반 DNS 질의는 UDP 53번(큰 응답이나 영역 전송은 TCP 53)입니다. 853번은 DNS over TLS(TCP)와 DNS over QUIC입니다.", en: "Ordinary DNS queries go to UDP port 53 (TCP 53 for large answers and zone transfers); 853 is DNS over TLS (TCP) and DNS over QUIC." },
    pattern: /(?:DNS|resolver|리졸버)[^.。\n]{0,80}?UDP\s*(?:port\s*)?853/gi,
    keys: ["853"],
    wrong: (_m, s) => !/TLS|DoT|DoH|DoQ|QUIC|HTTPS/i.test(s),
  },
  {
    id: "fact-connect-refused-errno",
    label: { ko: "연결 거부(SYN에 RST)의 errno를 ECONNRESET이라고 함(ECONNREFUSED가 맞음)", en: "Said a refused connect() (RST to the SYN) fails with ECONNRESET (it is ECONNREFUSED)" },
    correction: { ko: "아무도 listen하지 않는 포트로 보낸 SYN에 RST가 오면 connect()는 ECONNREFUSED로 실패합니다. ECONNRESET은 이미 맺어진 연결이 RST로 끊겼을 때입니다.", en: "When the SYN meets an RST because nothing listens, connect() fails with ECONNREFUSED; ECONNRESET is an established connection reset by the peer." },
    pattern: /ECONNRESET/g,
    keys: ["econnreset"],
    wrong: (_m, s) =>
      /(?:nothing|no one|nobody|no process|no server|아무도|아무것도)[^.。\n]{0,24}?(?:listen|리슨|듣)|not listening|isn't listening|listen(?:하지|하고 있지|을 안|중이 아니)|(?:listen|리스닝|리슨)[^.。\n]{0,16}?(?:없으면|없을 때|없는|없다면)|닫힌 포트|closed port/i.test(s) &&
      !/ECONNREFUSED|refused|거부/i.test(s),
  },
  {
    id: "fact-lsof-port-flag",
    label: { ko: "lsof로 포트를 볼 때 -p를 씀(-i가 맞음, -p는 PID)", en: "Used lsof -p for a port (it is -i; -p takes a PID)" },
    correction: { ko: "포트를 잡은 프로세스는 lsof -i :8080으로 찾습니다. -p는 PID를 받는 옵션입니다.", en: "Find the process holding a port with lsof -i :8080; -p takes a process ID." },
    pattern: /lsof\s+(?:-\w+\s+)?-p\s*:\d/g,
    keys: ["lsof"],
  },
  {
    id: "fact-fin-timeout-time-wait",
    label: { ko: "tcp_fin_timeout이 TIME_WAIT 시간을 정한다고 함(FIN_WAIT_2 시간)", en: "Said tcp_fin_timeout sets the TIME_WAIT time (it is FIN_WAIT_2's)" },
    correction: { ko: "리눅스에서 TIME_WAIT는 60초로 고정(TCP_TIMEWAIT_LEN)이고, tcp_fin_timeout은 FIN_WAIT_2에 머무는 시간입니다.", en: "Linux's TIME_WAIT is fixed at 60 seconds (TCP_TIMEWAIT_LEN); tcp_fin_timeout is how long FIN_WAIT_2 lasts." },
    // (Dots inside a sysctl name, "net.ipv4.tcp_fin_timeout", do not end the sentence.)
    pattern: /TIME_WAIT(?:[^.。\n]|\.(?=\w)){0,60}?tcp_fin_timeout|tcp_fin_timeout(?:[^.。\n]|\.(?=\w)){0,40}?TIME_WAIT/gi,
    keys: ["tcp_fin_timeout"],
    wrong: (_m, s) => !/FIN_WAIT|아니|않|없|무관|not|n't|never|unrelated|오해|착각|misconcep|confus|흔히|혼동|mistak/i.test(s),
  },
  {
    id: "fact-quic-http3-rfc",
    label: { ko: "QUIC이나 HTTP/3의 RFC 번호를 틀리게 말함", en: "Cited the wrong RFC for QUIC or HTTP/3" },
    correction: { ko: "QUIC 전송은 RFC 9000(2021), HTTP/3는 RFC 9114(2022)입니다.", en: "QUIC the transport is RFC 9000 (2021); HTTP/3 is RFC 9114 (2022)." },
    pattern: /QUIC(?:(?!HTTP\/?3)[^.。\n\d]){0,30}?RFC\s*(\d{4})(?!\d)|HTTP\/?3(?:(?!QUIC)[^.。\n\d]){0,30}?RFC\s*(\d{4})(?!\d)/gi,
    keys: ["rfc"],
    wrong: (m, s) => (m[1] ? ![8999, 9000, 9001, 9002, 9221, 9287, 9368, 9369].includes(Number(m[1])) && !/RFC\s*9000/i.test(s) : Number(m[2]) !== 9114 && !/RFC\s*9114/i.test(s)),
  },
  {
    id: "fact-sni-alpn-rfc",
    label: { ko: "SNI나 ALPN의 RFC 번호를 틀리게 말함", en: "Cited the wrong RFC for SNI or ALPN" },
    correction: { ko: "SNI는 TLS 확장으로 RFC 6066(처음은 RFC 3546)에, ALPN은 RFC 7301에 정의돼 있습니다.", en: "SNI is a TLS extension defined in RFC 6066 (first in RFC 3546); ALPN is RFC 7301." },
    pattern: /\bSNI\b(?:(?!ALPN)[^.。\n\d]){0,40}?RFC\s*(\d{4})(?!\d)|\bALPN\b(?:(?!SNI)[^.。\n\d]){0,40}?RFC\s*(\d{4})(?!\d)/g,
    keys: ["rfc"],
    wrong: (m, s) => (m[1] ? ![6066, 3546, 4366].includes(Number(m[1])) && !/RFC\s*6066/i.test(s) : Number(m[2]) !== 7301 && !/RFC\s*7301/i.test(s)),
  },
  {
    id: "fact-inet-pton-success",
    label: { ko: "inet_pton()이 성공할 때 돌려주는 값을 틀리게 말함(1이 맞음)", en: "Gave the wrong success return of inet_pton() (it is 1)" },
    correction: { ko: "inet_pton()은 성공하면 1, 형식이 잘못된 문자열이면 0, 지원하지 않는 주소 체계면 -1을 돌려줍니다.", en: "inet_pton() returns 1 on success, 0 for a malformed string and -1 for an unsupported address family." },
    // (The value said of success: "성공하면 0을 반환", "on success it returns 0", "returns 0 on success".)
    // (Also in the next sentence when it opens on "It": "inet_pton() converts … into sin_addr. It returns 0 on success".)
    pattern: /inet_pton(?:[^.。\n]|\.(?=\w)){0,120}?(?:성공하면|성공 시|성공시|성공했을 때|on success|succeeds|if successful),?\s*(?:it\s+)?(?:returns?\s+)?(-?\d+)(?!\d)|inet_pton(?:[^.。\n]|\.(?=\w)|\.\s+(?=It\s+returns)){0,200}?returns?\s+(-?\d+)\s+(?:on success|if successful|when it succeeds)/gi,
    keys: ["inet_pton"],
    // ("returns 1 on success, 0 if …": a list of results names 1 for success.)
    wrong: (m, s) => (m[1] ?? m[2]) !== "1" && !/returns?\s+1\s+(?:on success|if successful|when it succeeds)|성공하면\s*1(?!\d)/i.test(s),
  },
  {
    id: "fact-connect-ealready",
    label: { ko: "논블로킹 connect()가 처음에 EALREADY를 돌려준다고 함(EINPROGRESS가 맞음)", en: "Said a non-blocking connect() first returns EALREADY (it is EINPROGRESS)" },
    correction: { ko: "논블로킹 connect()는 핸드셰이크가 진행 중이면 -1과 EINPROGRESS를 돌려줍니다. EALREADY는 진행 중에 connect()를 다시 불렀을 때입니다.", en: "A non-blocking connect() returns -1 with EINPROGRESS while the handshake proceeds; EALREADY is for calling connect() again meanwhile." },
    pattern: /connect[^.。\n]{0,60}?EALREADY/gi,
    keys: ["ealready"],
    wrong: (_m, s) => !/EINPROGRESS|again|다시|두 번|second call|already in progress|이미 진행/i.test(s),
  },
  {
    id: "fact-rst-econnaborted",
    label: { ko: "RST를 받은 쪽의 오류를 ECONNABORTED라고 함(ECONNRESET이 맞음)", en: "Said the side receiving an RST gets ECONNABORTED (it is ECONNRESET)" },
    correction: { ko: "RST를 받은 연결의 다음 recv()/send()는 ECONNRESET(그 뒤 쓰기는 EPIPE)으로 실패합니다.", en: "After an RST the next recv()/send() fails with ECONNRESET (and later writes with EPIPE)." },
    pattern: /RST[^.。\n]{0,80}?ECONNABORTED|(?:side receiving it|receiving side|receiver|받은 쪽|받는 쪽)[^.。\n]{0,30}?ECONNABORTED/g,
    keys: ["econnaborted"],
    wrong: (_m, s) => !/ECONNRESET|accept/i.test(s),
  },
  {
    id: "fact-tw-recycle-removed",
    label: { ko: "tcp_tw_recycle이 제거된 커널 버전을 틀리게 말함(4.12)", en: "Gave the wrong kernel version for removing tcp_tw_recycle (4.12)" },
    correction: { ko: "tcp_tw_recycle은 NAT 뒤 클라이언트 문제로 리눅스 4.12에서 제거됐습니다.", en: "tcp_tw_recycle was removed in Linux 4.12 because it broke clients behind NAT." },
    pattern: /tcp_tw_recycle[^.。\n]{0,80}?(?:linux|리눅스|kernel|커널)\s*(\d+\.\d+)(?!\.?\d)/gi,
    keys: ["tcp_tw_recycle"],
    wrong: (m, s) => /제거|삭제|removed|dropped|gone|없어/i.test(s) && m[1] !== "4.12",
  },
  {
    id: "fact-tcp-header-max",
    label: { ko: "옵션을 포함한 TCP 헤더의 최대 크기를 틀리게 말함(60바이트)", en: "Gave the wrong maximum TCP header size (60 bytes)" },
    correction: { ko: "TCP 헤더는 옵션이 없으면 20바이트, data offset이 4비트라 최대 60바이트(옵션 최대 40바이트)입니다.", en: "The TCP header is 20 bytes without options and at most 60 (the 4-bit data offset), so options add up to 40 bytes." },
    pattern: /(?:최대|max(?:imum)?(?: of)?|up to)\s*(\d{2,3})\s*(?:바이트|bytes?|B\b)|(\d{2,3})\s*(?:바이트|bytes?)\s*(?:까지|이 최대|at most)/gi,
    keys: ["tcp", "header", "헤더"],
    // (40 is right for the options alone, not for the header "in total".)
    wrong: (m, s) => /TCP|option|옵션/i.test(s) && /header|헤더/i.test(s) && !/UDP|IPv6|payload|페이로드|MSS|segment 크기|\bdata\b(?! offset)/i.test(s) && !(/in total|total|총|전체/i.test(s) || /header가|헤더가|header는|헤더는|header (?:grows|can grow|becomes|is|can be)/i.test(clauseBefore(s, m[0])) ? [60] : [40, 60]).includes(Number(m[1] ?? m[2])),
  },
  // Round 25's slips.
  {
    id: "fact-dropped-syn-errno",
    label: { ko: "응답 없이 SYN 재전송이 끝난 connect()의 오류를 ETIMEDOUT이 아닌 값으로 말함", en: "Gave the wrong errno for a connect() whose SYNs went unanswered (it is ETIMEDOUT)" },
    correction: { ko: "SYN이 조용히 버려지면(DROP, 꺼진 호스트) 재전송이 다 끝난 뒤 connect()는 ETIMEDOUT으로 실패합니다.", en: "When SYNs are silently dropped (a DROP rule, a host that is down), connect() fails with ETIMEDOUT once the retransmissions run out." },
    pattern: /(?:DROP|드롭|응답(?:이|을)? (?:없|하지 않|안 하)|no (?:answer|response|reply)|never answer|silently|조용히)[^.。\n;]{0,120}?(ECONNABORTED|ECONNRESET|EHOSTDOWN|ECONNREFUSED)/gi,
    keys: ["econnaborted", "econnreset", "ehostdown", "econnrefused"],
    wrong: (m, s) => !/RST|immediately|즉시|바로|right away/i.test(m[0]) && /재전송|retransmi|retr(?:y|ies)|timeout|타임아웃|한참|오래|eventually|after a while|time out/i.test(s.slice(0, s.indexOf(m[1]!) + 1)) && !/ETIMEDOUT|REJECT|ICMP|refused를|refused가|is refused|거절(?:되|됩|하)/i.test(s),
  },
  {
    id: "fact-ss-numeric-flag",
    label: { ko: "ss/netstat에서 포트를 숫자로 보여 주는 옵션을 -p라고 함(-n이 맞음)", en: "Said ss/netstat's -p shows ports as numbers (that is -n; -p shows the process)" },
    correction: { ko: "-n은 포트와 주소를 숫자로 보여 주고, -p는 소켓을 가진 프로세스와 PID를 보여 줍니다.", en: "-n prints ports and addresses as numbers; -p shows the owning process and PID." },
    pattern: /(?<![\w-])-p\b(?:(?!-n\b)[^.。\n,;]){0,40}?(?:숫자|numeric|as numbers|numerically)/gi,
    keys: ["-p"],
  },
  {
    id: "fact-connect-result-sockopt",
    label: { ko: "논블로킹 connect()의 결과를 SO_ERROR가 아닌 옵션으로 확인한다고 함", en: "Said a non-blocking connect()'s result is read with an option other than SO_ERROR" },
    correction: { ko: "EINPROGRESS 뒤 소켓이 쓰기 가능해지면 getsockopt(fd, SOL_SOCKET, SO_ERROR, …)로 연결 성공 여부를 확인합니다.", en: "After EINPROGRESS, once the socket is writable, getsockopt(fd, SOL_SOCKET, SO_ERROR, …) tells whether the connection succeeded." },
    pattern: /getsockopt\(?\)?[^.。\n]{0,40}?(SO_LINGER|SO_RCVBUF|SO_SNDBUF|SO_KEEPALIVE|SO_REUSEADDR|SO_STATUS|SO_RESULT)/gi,
    keys: ["getsockopt"],
    wrong: (_m, s) => /connect|EINPROGRESS|연결/i.test(s) && /succe|성공|result|결과|fail|실패/i.test(s),
  },
  {
    id: "fact-bind-in-use-errno",
    label: { ko: "이미 쓰이는 포트에 bind()할 때의 오류를 EADDRINUSE가 아닌 값으로 말함", en: "Gave the wrong errno for bind() on a port already in use (it is EADDRINUSE)" },
    correction: { ko: "다른 소켓이 이미 쓰는 주소와 포트에 bind()하면 EADDRINUSE로 실패합니다. ECONNREFUSED는 connect()가 상대에게 거절당했을 때입니다.", en: "bind() on an address and port another socket holds fails with EADDRINUSE; ECONNREFUSED is connect() being refused by the peer." },
    pattern: /(?:쓰고 있는|사용 중인|사용중인|점유하고 있|점유 중|in use|already used|taken|already holds)(?:[^.。\n]|\.(?=\d)){0,80}?(ECONNREFUSED|ETIMEDOUT|ECONNRESET|EADDRNOTAVAIL)/gi,
    keys: ["econnrefused", "etimedout", "econnreset", "eaddrnotavail"],
    wrong: (_m, s) => /bind/i.test(s) && !/EADDRINUSE|connect/i.test(s),
  },
  {
    id: "fact-sigpipe-number",
    label: { ko: "SIGPIPE의 시그널 번호를 틀리게 말함(13)", en: "Gave the wrong signal number for SIGPIPE (13)" },
    correction: { ko: "SIGPIPE는 13번 시그널이고 기본 동작은 프로세스 종료입니다(15번은 SIGTERM).", en: "SIGPIPE is signal 13 and terminates the process by default (15 is SIGTERM)." },
    pattern: /SIGPIPE\s*\(\s*(?:시그널|signal)?\s*(?:번호\s*)?(\d{1,2})\s*번?\s*\)|SIGPIPE(?:는|은|,)?\s*(?:is\s+)?(?:시그널|signal)\s*(?:번호\s*)?(\d{1,2})(?!\d)/gi,
    keys: ["sigpipe"],
    wrong: (m) => Number(m[1] ?? m[2]) !== 13,
  },
  {
    id: "fact-shutdown-how-name",
    label: { ko: "shutdown()의 how 값 이름을 틀리게 말함(SHUT_RD, SHUT_WR, SHUT_RDWR)", en: "Named a shutdown() how value that does not exist (SHUT_RD, SHUT_WR, SHUT_RDWR)" },
    correction: { ko: "shutdown()의 how는 SHUT_RD, SHUT_WR, SHUT_RDWR 세 가지입니다.", en: "shutdown()'s how is one of SHUT_RD, SHUT_WR and SHUT_RDWR." },
    pattern: /\bSHUT_(?:BOTH|ALL|RW|WRRD|READ|WRITE|RDWRT)\b/gi,
    keys: ["shut_"],
  },
  {
    id: "fact-nodelay-level",
    label: { ko: "TCP_NODELAY를 SOL_SOCKET 레벨로 설정한다고 함(IPPROTO_TCP)", en: "Set TCP_NODELAY at the SOL_SOCKET level (it is IPPROTO_TCP)" },
    correction: { ko: "TCP_NODELAY는 TCP 레벨 옵션이라 setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, …)로 켭니다.", en: "TCP_NODELAY is a TCP-level option: setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, …)." },
    pattern: /SOL_SOCKET\s*,\s*TCP_NODELAY|TCP_NODELAY[^.。\n]{0,30}?SOL_SOCKET/gi,
    keys: ["tcp_nodelay"],
  },
  {
    id: "fact-private-range-rfc",
    label: { ko: "사설 주소 대역의 RFC 번호를 틀리게 말함(RFC 1918)", en: "Cited the wrong RFC for the private address ranges (RFC 1918)" },
    correction: { ko: "10/8, 172.16/12, 192.168/16 사설 대역은 RFC 1918에 정의되어 있습니다.", en: "The private ranges 10/8, 172.16/12 and 192.168/16 are defined in RFC 1918." },
    pattern: /RFC\s*(\d{3,4})(?!\d)[^.。\n]{0,30}?(?:사설\s*(?:IP|대역|주소|네트워크)|private\s+(?:IP|address|network)|private\s+range)|(?:사설|private)\s*(?:대역|주소|address|ip)[^.。\n]{0,30}?RFC\s*(\d{3,4})(?!\d)/gi,
    keys: ["rfc"],
    // (RFC 6335's "dynamic/private" ports are another private.)
    wrong: (m) => ![1918, 6598, 4193, 6335].includes(Number(m[1] ?? m[2])) && !/port|포트/i.test(m[0]),
  },
  {
    id: "fact-io-uring-version",
    label: { ko: "io_uring이 들어간 리눅스 버전을 틀리게 말함(5.1)", en: "Gave the wrong Linux version for io_uring (5.1)" },
    correction: { ko: "io_uring은 리눅스 5.1(2019)에 들어왔습니다.", en: "io_uring arrived in Linux 5.1 (2019)." },
    pattern: /io_uring[^.。\n]{0,40}?(?:linux|리눅스|kernel|커널)\s*(\d+\.\d+)(?!\.?\d)/gi,
    keys: ["io_uring"],
    wrong: (m, s) => /added|introduc|arriv|도입|추가|들어|since|부터|merged/i.test(s) && m[1] !== "5.1",
  },
  {
    id: "fact-sockaddr-un-for-ip",
    label: { ko: "IP 주소와 포트를 sockaddr_un에 담는다고 함(sockaddr_in)", en: "Put an IP address and port in a sockaddr_un (it is sockaddr_in)" },
    correction: { ko: "IP와 포트는 sockaddr_in(IPv6는 sockaddr_in6)에 담습니다. sockaddr_un은 유닉스 도메인 소켓의 파일 경로용입니다.", en: "An IP and port go in a sockaddr_in (sockaddr_in6 for IPv6); sockaddr_un holds a Unix domain socket's path." },
    pattern: /sockaddr_un[^.。\n]{0,40}?(?:\bIP\b|port|포트)|(?:\bIP\b|포트|port)[^.。\n]{0,30}?sockaddr_un/gi,
    keys: ["sockaddr_un"],
    wrong: (_m, s) => !/unix|유닉스|path|경로|af_unix|af_local|sun_path/i.test(s),
  },
  {
    id: "fact-mss-mtu-1500",
    label: { ko: "MTU 1500에서의 MSS를 틀리게 말함(IPv4 1460바이트)", en: "Gave the wrong MSS for a 1500-byte MTU (1460 bytes over IPv4)" },
    correction: { ko: "MTU 1500에서 IPv4 헤더 20바이트와 TCP 헤더 20바이트를 빼면 MSS는 1460바이트입니다(IPv6는 1440).", en: "With a 1500-byte MTU, minus 20 bytes of IPv4 header and 20 of TCP header, the MSS is 1460 bytes (1440 over IPv6)." },
    pattern: /MSS[^.。\n]{0,40}?MTU\s*(?:가|이|is|of)?\s*1500[^.。\n]{0,20}?(\d{4})\s*(?:bytes|바이트|B\b)/gi,
    keys: ["mss"],
    wrong: (m) => ![1460, 1440, 1448, 1452, 1400].includes(Number(m[1])),
  },

  {
    id: "fact-econnrefused-on-established",
    label: { ko: "연결된 소켓의 read/write가 RST를 받아 ECONNREFUSED로 실패한다고 함(ECONNRESET이 맞음)", en: "Said read/write on a connection reset by RST fails with ECONNREFUSED (it is ECONNRESET)" },
    correction: { ko: "ECONNREFUSED는 연결 시도(connect)에 RST가 돌아올 때의 에러입니다. 이미 맺어진 연결에서 RST를 받으면 recv()/send()는 ECONNRESET(쓰기라면 그 뒤 EPIPE)으로 실패합니다.", en: "ECONNREFUSED is what a connection attempt (connect) gets back from an RST; on an established connection an RST makes recv()/send() fail with ECONNRESET (and later writes with EPIPE)." },
    pattern: /ECONNREFUSED/g,
    keys: ["econnrefused"],
    // (Not a connection attempt, nor a connected UDP socket learning of an ICMP port unreachable.)
    wrong: (_m, s) => /\b(?:read|write|recv|send)\b|(?:read|write|recv|send)\(\)|read\/write|recv\/send|읽기|쓰기/i.test(s) && /RST|리셋|reset|받은 쪽|받는 쪽|receiving side/i.test(s) && !/connect|udp|icmp|\bsyn\b|연결 시도|연결을 시도|접속 시도|handshake|핸드셰이크|ECONNRESET/i.test(s),
  },
  {
    id: "fact-nagle-off-option",
    label: { ko: "Nagle 알고리즘을 TCP_NOPUSH/TCP_CORK로 끈다고 함(TCP_NODELAY가 맞음)", en: "Said Nagle's algorithm is turned off with TCP_NOPUSH/TCP_CORK (it is TCP_NODELAY)" },
    correction: { ko: "Nagle은 TCP_NODELAY로 끕니다. TCP_CORK(리눅스)와 TCP_NOPUSH(BSD)는 반대로 데이터를 모아 두었다가 한꺼번에 보내게 하는 옵션입니다.", en: "TCP_NODELAY turns Nagle off; TCP_CORK (Linux) and TCP_NOPUSH (BSD) do the opposite and hold data back to send it in full segments." },
    pattern: /(?:turn(?:ed|s)?\s+(?:it\s+|nagle\s+)?off|disabl\w*|switch(?:ed)?\s+(?:it\s+)?off)[^.。\n]{0,30}?(?:with|using|via|by setting)\s+TCP_(?:NOPUSH|CORK)|TCP_(?:NOPUSH|CORK)\s*(?:로|으로|를\s*켜서|를\s*켜면|를\s*설정해서?|옵션으로)\s*(?:nagle(?:을|를)?\s*|네이글(?:을|를)?\s*)?(?:끄|꺼|끌|비활성)/gi,
    keys: ["tcp_nopush", "tcp_cork"],
  },
  {
    id: "fact-alpn-http2-id",
    label: { ko: "ALPN에서 HTTP/2의 식별자를 \"http/2\"라고 함(\"h2\"가 맞음)", en: "Gave HTTP/2's ALPN identifier as \"http/2\" (it is \"h2\")" },
    correction: { ko: "ALPN 목록에서 HTTP/2는 \"h2\", HTTP/1.1은 \"http/1.1\", HTTP/3는 \"h3\"로 적습니다.", en: "In an ALPN list HTTP/2 is \"h2\", HTTP/1.1 is \"http/1.1\" and HTTP/3 is \"h3\"." },
    pattern: /["'“‘`]http\/2(?:\.0)?["'”’`]/gi,
    keys: ["http/2"],
    wrong: (_m, s) => /ALPN/i.test(s),
  },
  {
    id: "fact-recv-gives-sender",
    label: { ko: "recv()가 보낸 쪽 주소를 알려 준다고 함(recvfrom()이 맞음)", en: "Said recv() returns the sender's address (recvfrom() does)" },
    correction: { ko: "recv()는 데이터만 돌려줍니다. 데이터그램마다 보낸 쪽 주소가 필요하면 recvfrom()(또는 recvmsg())을 씁니다.", en: "recv() returns only the data; to learn each datagram's sender use recvfrom() (or recvmsg())." },
    pattern: /\brecv(?:\(\))?(?!from|msg|_)[^.。\n]{0,60}?(?:sender'?s?|보낸\s*(?:쪽|사람|측|곳)의?|송신자의?|발신자의?)\s*(?:ip|address|주소|port|포트)/gi,
    keys: ["recv"],
    wrong: (_m, s) => !/recvfrom|recvmsg|\bnot\b|n't|\bonly\b|없|않|못|데이터만/i.test(s),
  },
  {
    id: "fact-http-default-8080",
    label: { ko: "HTTP의 기본 포트를 8080이라고 함(80이 맞음)", en: "Said HTTP's default port is 8080 (it is 80)" },
    correction: { ko: "http:// URL의 기본 포트는 80, https://는 443입니다. 8080은 개발 서버나 프록시가 관례로 자주 쓰는 번호일 뿐입니다.", en: "An http:// URL defaults to port 80 and https:// to 443; 8080 is just a number development servers and proxies often use." },
    pattern: /\bhttp(?!s|\/[23])[^.。\n]{0,25}?(?:기본|default)[^.。\n\d]{0,15}?8080|\bhttp(?!s|\/[23])[^.。\n\d]{0,25}?8080\s*(?:번)?(?:이|가)?\s*(?:기본|default)/gi,
    keys: ["8080"],
    wrong: (_m, s) => !/(?<![\d.:])80(?![\d.])/.test(s),
  },
  {
    id: "fact-alb-idle-timeout",
    label: { ko: "AWS ALB의 기본 유휴 타임아웃을 틀리게 말함(60초가 맞음)", en: "Gave the wrong default idle timeout of an AWS ALB (it is 60 seconds)" },
    correction: { ko: "AWS Application Load Balancer의 기본 유휴(idle) 타임아웃은 60초이고, 설정으로 바꿀 수 있습니다.", en: "An AWS Application Load Balancer's default idle timeout is 60 seconds; it can be configured." },
    pattern: /(?:\bALB\b|Application Load Balancer)[^.。\n]{0,30}?(?:기본|default)[^.。\n\d]{0,20}?(\d{1,4})\s*(?:초|s\b|sec\b|secs\b|seconds)/gi,
    keys: ["alb", "application load balancer"],
    wrong: (m) => Number(m[1]) !== 60,
  },
  {
    id: "fact-backlog-cap-syn-backlog",
    label: { ko: "listen()의 backlog가 tcp_max_syn_backlog로 잘린다고 함(somaxconn이 맞음)", en: "Said listen()'s backlog is capped by tcp_max_syn_backlog (it is somaxconn)" },
    correction: { ko: "listen()에 넘긴 backlog(accept 큐 길이)는 net.core.somaxconn으로 잘립니다. tcp_max_syn_backlog는 SYN 큐 쪽 한도입니다.", en: "The backlog passed to listen() (the accept queue's length) is capped by net.core.somaxconn; tcp_max_syn_backlog bounds the SYN queue." },
    pattern: /tcp_max_syn_backlog/gi,
    keys: ["tcp_max_syn_backlog"],
    wrong: (_m, s) => /잘리|잘립|잘려|잘라|capped|clamp|truncat|cut (?:down|back)|silently|조용히/i.test(s) && !/somaxconn|syn\s*(?:큐|queue|backlog)|half-open|반개방|syn_recv|미완료/i.test(s),
  },
  {
    id: "fact-dontwait-for-sigpipe",
    label: { ko: "SIGPIPE를 막는 send() 플래그를 MSG_DONTWAIT라고 함(MSG_NOSIGNAL이 맞음)", en: "Named MSG_DONTWAIT as the send() flag that suppresses SIGPIPE (it is MSG_NOSIGNAL)" },
    correction: { ko: "SIGPIPE 없이 EPIPE만 받으려면 리눅스에서 send()에 MSG_NOSIGNAL을 줍니다. MSG_DONTWAIT는 그 호출만 논블로킹으로 만드는 플래그입니다.", en: "To get EPIPE without SIGPIPE, pass MSG_NOSIGNAL to send() on Linux; MSG_DONTWAIT only makes that one call non-blocking." },
    pattern: /MSG_DONTWAIT[^.。\n]{0,50}?(?:시그널|signal|SIGPIPE)|(?:SIGPIPE|시그널|signal)[^.。\n]{0,50}?MSG_DONTWAIT/gi,
    keys: ["msg_dontwait"],
    wrong: (_m, s) => /없이|막|피하|피할|without|suppress|avoid|prevent|no\s+(?:signal|SIGPIPE)|instead of/i.test(s) && !/MSG_NOSIGNAL|SO_NOSIGPIPE/i.test(s),
  },
  {
    id: "fact-kqueue-epoll-os",
    label: { ko: "epoll과 kqueue의 운영체제를 바꿔 말함", en: "Swapped the operating systems of epoll and kqueue" },
    correction: { ko: "epoll은 리눅스의 API이고, kqueue는 FreeBSD·macOS 같은 BSD 계열의 API입니다.", en: "epoll is Linux's API; kqueue belongs to the BSDs (FreeBSD, macOS)." },
    pattern: /(?:Linux|리눅스)(?:의|'s|에서는?|에선)?\s*(?:(?!epoll)[^.。\n]){0,10}?kqueue|(?:BSD|macOS|FreeBSD|맥OS)(?:의|'s|에서는?|에선)?\s*(?:(?!kqueue)[^.。\n]){0,10}?epoll/gi,
    keys: ["kqueue", "epoll"],
    wrong: (m) => !/\b(?:vs|versus|and|or|와|과|나|및)\b|\/|,/i.test(m[0]),
  },
  {
    id: "fact-server-syn-sent",
    label: { ko: "핸드셰이크 중 서버가 SYN_SENT 상태가 된다고 함(SYN_RECEIVED가 맞음)", en: "Said the server enters SYN_SENT during the handshake (it is SYN_RECEIVED)" },
    correction: { ko: "SYN_SENT는 SYN을 보낸 클라이언트의 상태입니다. SYN을 받고 SYN-ACK를 보낸 서버는 SYN_RECEIVED(리눅스 표기 SYN_RECV)가 됩니다.", en: "SYN_SENT is the state of the client that sent the SYN; the server that answered with SYN-ACK is in SYN_RECEIVED (SYN_RECV on Linux)." },
    pattern: /(?:server|서버)(?:는|가|측은|쪽은)?\s(?:(?!client|클라이언트|클라)[^.。\n]){0,60}?SYN_SENT\s*(?:상태|state)/gi,
    keys: ["syn_sent"],
  },
  {
    id: "fact-privileged-ports-above",
    label: { ko: "root(CAP_NET_BIND_SERVICE)가 1024 이상 포트에 필요하다고 함(1024 미만이 맞음)", en: "Said root (CAP_NET_BIND_SERVICE) is needed for ports above 1024 (it is below 1024)" },
    correction: { ko: "리눅스에서 특권이 필요한 건 1024 미만(0~1023) 포트에 bind할 때입니다. 1024 이상은 일반 사용자도 bind할 수 있습니다.", en: "On Linux, privileges are needed to bind ports below 1024 (0–1023); any user can bind 1024 and above." },
    pattern: /(?:root|CAP_NET_BIND_SERVICE|privilege[ds]?|superuser|관리자|루트|특권)[^.。\n]{0,50}?(?:1024\s*(?:이상|초과|보다\s*(?:큰|높은))(?:의|인)?\s*포트|(?:ports?|포트)\s*(?:(?:numbers?\s+)?(?:above|over|greater than|higher than)\s*1024|1024\s*(?:이상|초과|보다\s*(?:큰|높은|위))))|(?:ports?|포트)\s*(?:(?:above|over|greater than|higher than)\s*1024|1024\s*(?:이상|초과|보다\s*(?:큰|높은)))[^.。\n]{0,40}?(?:require|need|필요)[^.。\n]{0,20}?(?:root|CAP_NET_BIND_SERVICE|privilege|루트|관리자|특권)/gi,
    keys: ["1024"],
    wrong: (_m, s) => !/(?:below|under|less than|미만|아래|보다\s*작은)\s*1024|1024\s*(?:미만|아래|보다\s*작)|0\s*(?:-|~|to)\s*1023|ip_unprivileged_port_start|not\s+(?:need|require)|n't\s+(?:need|require)|(?:need|require)s?\s+no\b|\bno\s+(?:root|privilege|special)|without\s+(?:root|privilege)|필요\s*없|필요하지\s*않|없이/i.test(s),
  },
  {
    id: "fact-ss-flag-letters",
    label: { ko: "ss/netstat 옵션 글자의 뜻을 틀리게 말함", en: "Got the meaning of an ss/netstat option letter wrong" },
    correction: { ko: "ss -tulnp에서 t는 TCP, u는 UDP, l은 LISTEN 중인 소켓만, n은 이름 대신 숫자로, p는 소켓을 가진 프로세스(PID)입니다. a는 모든 상태입니다.", en: "In ss -tulnp: t is TCP, u UDP, l listening sockets only, n numeric (no name lookup), p the owning process (PID); a means all states." },
    // ("ss -tlnp에서 t는 TIME_WAIT, l은 lsof, n은 NAT": each letter's meaning, said after the command.)
    pattern: /\b(?:ss|netstat)\s+-[a-z]{2,7}\b[^.。\n]*/gi,
    keys: ["ss -", "netstat -"],
    wrong: (m) => {
      const MEANING: Record<string, RegExp> = { t: /tcp/i, u: /udp/i, l: /listen|리슨|리스닝|대기|열려|열린/i, n: /numeric|number|숫자|이름|name|resolv|호스트|번호|dns/i, p: /process|프로세스|pid|program|프로그램|owner|소유/i, a: /all|모든|전체|every|전부/i };
      // (Only a list of two or more letters explained; "a" only with its dash, not the article.)
      const said = [...m[0].matchAll(/(?:^|[\s,(/])(-?)([tulnpa])(?:는|은|가|이|:|=|\s+is(?:\s+for)?|\s+for|\s+means|\s+stands\s+for)\s*((?:(?!\s(?:and|or)\s)[^,;.。\n]){1,30})/g)].filter((x) => x[2] !== "a" || x[1] === "-");
      return said.length >= 2 && said.some((x) => !MEANING[x[2]!]!.test(x[3]!));
    },
  },
  {
    id: "fact-stdio-fds",
    label: { ko: "fd 0·1·2의 용도를 틀리게 말함(표준 입력·출력·에러)", en: "Got what fds 0, 1 and 2 are wrong (standard input, output, error)" },
    correction: { ko: "프로세스의 fd 0·1·2는 표준 입력·표준 출력·표준 에러입니다. 그래서 새로 만든 소켓은 보통 3번부터 받습니다.", en: "A process's fds 0, 1 and 2 are standard input, output and error, which is why a new socket usually gets fd 3 or higher." },
    pattern: /(?:\bfd|file descriptor|파일 디스크립터|디스크립터)\s*(?:번호\s*)?([012])(?:번)?\s*(?:은|는|이|가|:|=|\s+is)\s*['"‘“]?([A-Za-z가-힣_]+)/gi,
    keys: ["fd", "descriptor", "디스크립터"],
    wrong: (m) => !/^(std|standard|표준|입력|출력|에러|오류|input|output|error|terminal|터미널|콘솔|console|이미|already|예약|reserved|taken|used|쓰이|사용)/i.test(m[2]!),
  },
  {
    id: "fact-ulimit-ports",
    label: { ko: "ulimit -n을 열 수 있는 포트 수라고 함(파일 디스크립터 수)", en: "Called ulimit -n the number of ports you can open (it limits file descriptors)" },
    correction: { ko: "ulimit -n은 한 프로세스가 열 수 있는 파일 디스크립터 수의 한도입니다. 소켓 하나가 fd 하나를 쓰므로 연결 수를 제한하지만, 포트 수와는 관계없습니다.", en: "ulimit -n caps the file descriptors one process can have open; each socket uses one, so it limits connections, but it has nothing to do with port numbers." },
    pattern: /ulimit\s+-n[^.。\n]{0,30}?(?:ports?|포트)/gi,
    keys: ["ulimit"],
    wrong: (_m, s) => !/\bfds?\b|descriptor|디스크립터|파일|\bfiles?\b|\bnot\b|아니|관계\s*없|무관/i.test(s),
  },
  {
    id: "fact-websocket-udp",
    label: { ko: "WebSocket이 UDP 위에서 동작한다고 함(TCP가 맞음)", en: "Said WebSocket runs over UDP (it runs over TCP)" },
    correction: { ko: "WebSocket은 HTTP 업그레이드로 시작해 같은 TCP 연결(wss는 TLS 위) 위에서 프레임을 주고받습니다.", en: "WebSocket starts with an HTTP upgrade and then exchanges frames over the same TCP connection (wss adds TLS)." },
    pattern: /(?:ws:\/\/|WebSockets?|웹소켓)[^.。\n]{0,30}?(?:runs?\s+over|over|on top of|uses|위에서|를 쓰|을 쓰|로 동작)\s*UDP/gi,
    keys: ["udp"],
    wrong: (_m, s) => !/not|아니|않|QUIC|HTTP\/3|RFC\s*9220|WebTransport/i.test(s),
  },
  {
    id: "fact-lsof-kills",
    label: { ko: "lsof가 프로세스를 종료한다고 함(조회만 함)", en: "Said lsof kills the process (it only lists)" },
    correction: { ko: "lsof -i :8080은 그 포트를 연 프로세스와 PID를 보여 줄 뿐입니다. 종료하려면 그 PID로 kill을 따로 실행합니다.", en: "lsof -i :8080 only lists the process and PID that hold the port; to stop it you run kill on that PID separately." },
    pattern: /lsof[^.。\n]{0,30}?(?:kill하는|죽이는|종료시키는|종료하는)\s*(?:명령|커맨드|command)|lsof[^.。\n]{0,30}?\bkills\b/gi,
    keys: ["lsof"],
  },
  {
    id: "fact-dropped-syn-timeout",
    label: { ko: "응답 없는 SYN이 ETIMEDOUT이 되기까지 몇 초면 된다고 함", en: "Said an unanswered SYN times out (ETIMEDOUT) within a few seconds" },
    correction: {
      ko: "버려진 SYN은 지수 백오프로 재전송되고, 리눅스 기본(tcp_syn_retries=6)으로 약 127초(2분 남짓) 뒤에야 ETIMEDOUT이 납니다(Windows는 약 21초).",
      en: "A dropped SYN is retransmitted with exponential backoff; with Linux's default tcp_syn_retries=6, ETIMEDOUT comes after about 127 s (a little over two minutes; Windows about 21 s).",
    },
    // ("gives up with ETIMEDOUT after roughly 3 seconds", "약 3초 뒤 ETIMEDOUT"): the time to give up, not one retransmission's.
    pattern: /ETIMEDOUT[^.。\n\d]{0,24}?(?:after|in|within)\s+(?:roughly|about|around|only|just|~)?\s*(\d{1,3})\s*(?:seconds?|secs?|s)\b|(?:약|대략|한|~)?\s*(\d{1,3})\s*초\s*(?:정도\s*)?(?:만에|뒤에?|후에?|안에|이내에?)[^.。\n\d]{0,16}?ETIMEDOUT/gi,
    keys: ["etimedout"],
    wrong: (m, s) => Number(m[1] ?? m[2]) < 20 && /SYN|connect|연결 요청/i.test(s) && !/keep-?alive|so_sndtimeo|so_rcvtimeo|timeout\s*=|library|라이브러리|애플리케이션 타임아웃|application timeout|syn_retries\s*=\s*[0-2]\b/i.test(s),
  },
  {
    id: "fact-seq-number-bits",
    label: { ko: "TCP 시퀀스/확인 응답 번호의 크기를 틀리게 말함(32비트)", en: "Gave the wrong size for TCP's sequence/acknowledgment number (32 bits)" },
    correction: { ko: "TCP의 시퀀스 번호와 확인 응답 번호는 각각 32비트입니다(16비트는 포트, 윈도우, 체크섬).", en: "TCP's sequence and acknowledgment numbers are 32 bits each (the ports, window and checksum are 16 bits)." },
    pattern: /(?<![\d.])(\d{1,2})[- ]?(?:bit|비트)(?:짜리)?\s*(?:sequence|seq\b|시퀀스|순서\s*번호)|(?:sequence|시퀀스|순서)\s*(?:number|번호)s?\s*(?:[은는이가]|is|are|=|:)?\s*(?:각각\s*|each\s*)?(\d{1,2})\s*(?:bits?|비트)/gi,
    keys: ["sequence", "seq", "시퀀스", "순서"],
    wrong: (m) => Number(m[1] ?? m[2]) !== 32,
  },
  {
    id: "fact-masquerade-dnat",
    label: { ko: "MASQUERADE를 DNAT라고 함(SNAT의 한 형태)", en: "Called MASQUERADE a DNAT rule (it is a form of SNAT)" },
    correction: { ko: "iptables의 MASQUERADE는 나가는 패킷의 출발지를 바꾸는 SNAT의 한 형태입니다. DNAT는 목적지를 바꾸며 포트 포워딩에 씁니다.", en: "iptables MASQUERADE is a form of SNAT: it rewrites the source of outgoing packets. DNAT rewrites the destination and is what port forwarding uses." },
    pattern: /DNAT\s*(?:규칙|rule|target)?\s*\(\s*MASQUERADE\s*\)|MASQUERADE\s*\(\s*DNAT\s*\)|MASQUERADE\s*(?:는|은|is|=)\s*(?:a\s+|an\s+)?DNAT/gi,
    keys: ["masquerade"],
  },
  {
    id: "fact-read-eof-minus-one",
    label: { ko: "상대가 연결을 닫으면 read()/recv()가 -1을 반환한다고 함(0이 맞음)", en: "Said read()/recv() returns -1 when the peer closes (it returns 0)" },
    correction: { ko: "상대가 FIN으로 닫으면 read()/recv()는 0(EOF)을 반환합니다. -1은 ECONNRESET 같은 오류일 때입니다.", en: "When the peer closes with a FIN, read()/recv() returns 0 (EOF); -1 means an error such as ECONNRESET." },
    pattern: /(?:read|recv)\(\)\s*(?:가|이|는)?\s*(?<![\d.])-1\s*(?:을|를)?\s*(?:반환|리턴|돌려)[^.。\n]{0,40}?(?:상대가?\s*(?:연결을\s*)?(?:끊|닫)|상대방이\s*(?:끊|닫))|(?:read|recv)\(\)\s*returns\s+-1\s+(?:when|once|if|after)\s+the\s+(?:peer|other side|remote side|client|server)\s+(?:closes|has closed|closed|sends? (?:a|its) FIN)/gi,
    keys: ["-1"],
    wrong: (_m, s) => !/RST|ECONNRESET|errno|에러|오류|error|EAGAIN|EWOULDBLOCK|실패|fail/i.test(s),
  },
  {
    id: "fact-bind-second-arg-backlog",
    label: { ko: "대기 큐(backlog) 길이를 bind()의 인자로 정한다고 함(listen()의 두 번째 인자)", en: "Said the pending-connection queue length is bind()'s argument (it is listen()'s second)" },
    correction: { ko: "backlog(accept 큐 길이)는 listen(fd, backlog)의 두 번째 인자입니다. bind()의 두 번째 인자는 주소 구조체입니다.", en: "The backlog (the accept queue's length) is listen(fd, backlog)'s second argument; bind()'s second argument is the address structure." },
    pattern: /bind\(\)\s*(?:의|'s)?\s*(?:두\s*번째|second|2번째)\s*(?:인자|인수|매개변수|파라미터|argument|parameter|param)/gi,
    keys: ["bind()"],
    wrong: (_m, s) => /큐|queue|backlog|백로그|대기/i.test(s) && !/listen\(\)\s*(?:의|'s)?\s*(?:두\s*번째|second|2번째)/i.test(s),
  },
];

/** The part of `sentence` from the last clause break (",", ";", ":") before `match` up to it. */
function clauseBefore(sentence: string, match: string): string {
  const at = sentence.toLowerCase().indexOf(match.toLowerCase());
  const head = sentence.slice(0, Math.max(0, at));
  return head.slice(Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":")) + 1);
}

/** The sentence of the text around [from, to). */
function sentenceAround(text: string, from: number, to: number): { from: number; to: number; text: string } {
  // (A dot inside a word — "Node.js", "net.ipv4.tcp_fin_timeout", "5.4" — ends no sentence.)
  // (Not the dot of an abbreviation: "e.g. \"h2\"", "i.e. the port", "vs. UDP".)
  const ends = (i: number) => /[!?。\n]/.test(text[i]!) || (text[i] === "." && (i + 1 >= text.length || /\s/.test(text[i + 1]!)) && !/(?:\be\.g|\bi\.e|\bvs|\betc|\bcf)$/i.test(text.slice(Math.max(0, i - 4), i)));
  let a = from;
  while (a > 0 && !ends(a - 1)) a--;
  let b = to;
  while (b < text.length && !ends(b)) b++;
  return { from: a, to: b, text: text.slice(a, b) };
}

/** The text facts' slips, with the token index each starts at. */
function textSlips(text: string, tokens: Token[]): ConstantSlip[] {
  const out: ConstantSlip[] = [];
  const lower = text.toLowerCase();
  for (const fact of TEXT_FACTS) {
    if (!fact.keys.some((k) => lower.includes(k))) continue;
    fact.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    // (A sentence's bounds are found once: a long sentence repeating the name cannot make this quadratic.)
    let sentence = { from: -1, to: -1, text: "" };
    while ((m = fact.pattern.exec(text))) {
      if (m[0].length === 0) {
        fact.pattern.lastIndex++;
        continue;
      }
      if (fact.wrong) {
        if (m.index < sentence.from || m.index + m[0].length > sentence.to) sentence = sentenceAround(text, m.index, m.index + m[0].length);
        if (!fact.wrong(m, sentence.text)) continue;
      }
      const at = tokens.findIndex((t) => t.end > m!.index);
      if (at < 0) continue;
      out.push({ id: fact.id, label: fact.label, correction: fact.correction, at });
      break;
    }
  }
  return out;
}

const has = (tokens: Token[], from: number, to: number, words: string[]) => {
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (words.some((w) => t.norm.startsWith(w) || t.surface.startsWith(w))) return true;
  }
  return false;
};

/** Token bounds of the clause holding token `at`. */
function clauseOf(tokens: Token[], at: number): [number, number] {
  let from = at;
  let to = at;
  while (from > 0 && tokens[from - 1]!.clause === tokens[at]!.clause) from--;
  while (to + 1 < tokens.length && tokens[to + 1]!.clause === tokens[at]!.clause) to++;
  return [from, to];
}

/**
 * Does an `unless` word in the value's clause speak for the value? Not when the fact's own subject
 * comes between them: "Windows는 49152~65535를 쓰고 Linux는 기본값이 32768~65535" gives Linux its own value.
 */
function unlessNear(tokens: Token[], at: number, unless: string[], subject: string[]): boolean {
  const [from, to] = clauseOf(tokens, at);
  let last = -1;
  for (let i = from; i < at; i++) if (has(tokens, i, i, unless)) last = i;
  if (last >= 0) return !(last + 1 < at && has(tokens, last + 1, at - 1, subject));
  return at < to && has(tokens, at + 1, to, unless);
}

/** Is the value at `at` set aside by a word right next to it, in its clause? */
function setAside(tokens: Token[], at: number): boolean {
  const clause = tokens[at]!.clause;
  for (let i = Math.max(0, at - 2); i <= Math.min(tokens.length - 1, at + 3); i++) {
    const t = tokens[i]!;
    // ("헤더도 12바이트로 작은 대신": "대신" after an adjective trades one property for another; it sets no value aside.)
    if (t.clause === clause && t.surface.startsWith("대신") && i > 0 && /(은|는|한|된|운)$/.test(tokens[i - 1]!.surface) && tokens[i - 1]!.script === "hangul") continue;
    if (t.clause === clause && (ASIDE.test(t.surface) || (t.negation && t.script === "latin"))) return true;
  }
  return false;
}

/** Every word a fact needs, by its first character. */
const NEEDED_BY_FIRST = new Map<number, string[]>();
for (const w of new Set(FACTS.flatMap((f) => f.needs.flat()))) {
  const list = NEEDED_BY_FIRST.get(w.charCodeAt(0));
  if (list) list.push(w);
  else NEEDED_BY_FIRST.set(w.charCodeAt(0), [w]);
}

/** The constant slips in an answer, at most one per fact. */
export function findConstantSlips(tokens: Token[], text?: string): ConstantSlip[] {
  const out: ConstantSlip[] = text ? textSlips(text, tokens) : [];
  // Clause and sentence bounds, once.
  const boundsOf = (unit: "clause" | "sentence") => {
    const bounds: [number, number][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const last = bounds.at(-1);
      if (last && tokens[last[0]]![unit] === tokens[i]![unit]) last[1] = i;
      else bounds.push([i, i]);
    }
    return bounds;
  };
  let clauses: [number, number][] | undefined;
  let sentences: [number, number][] | undefined;
  // The facts' needed words that start some word of the answer: a fact whose needed words start none
  // is skipped without reading clause by clause (most facts, for most answers).
  const found = new Set<string>();
  /** Per word of the answer, the needed words it starts with (or undefined). */
  const starts: (Set<string> | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const byNorm = NEEDED_BY_FIRST.get(t.norm.charCodeAt(0));
    if (byNorm) for (const w of byNorm) if (t.norm.startsWith(w)) (starts[i] ??= new Set()).add(w);
    const bySurface = t.surface === t.norm ? undefined : NEEDED_BY_FIRST.get(t.surface.charCodeAt(0));
    if (bySurface) for (const w of bySurface) if (t.surface.startsWith(w)) (starts[i] ??= new Set()).add(w);
    if (starts[i]) for (const w of starts[i]!) found.add(w);
  }
  const hasNeeded = (from: number, to: number, group: string[]) => {
    for (let i = from; i <= to; i++) {
      const set = starts[i];
      if (set) for (const w of group) if (set.has(w)) return true;
    }
    return false;
  };
  const present = (w: string) => found.has(w);
  const anywhere = (group: string[]) => group.some(present);
  for (const fact of FACTS) {
    if (!fact.needs.every(anywhere)) continue;
    for (const [from, to] of fact.sentence ? (sentences ??= boundsOf("sentence")) : (clauses ??= boundsOf("clause"))) {
      if (!fact.needs.every((g) => hasNeeded(from, to, g))) continue;
      if (fact.unless && !fact.unlessNear && has(tokens, from, to, fact.unless)) continue;
      if (fact.unlessSentence && has(tokens, from, to, fact.unlessSentence)) continue;
      const values = fact.values(tokens, from, to);
      if (!values.length || (!fact.perValue && values.some((v) => fact.right(v.value)))) continue;
      // A value set aside next to it ("120초가 아니라", "not 120 but 60", "instead of 16") is not claimed;
      // a negation or "대신" elsewhere in the sentence ("보장하지 않는 대신 빠르다") says nothing about it.
      const claimed = values.filter((v) => !(fact.perValue && fact.right(v.value)) && !setAside(tokens, v.at) && !(fact.unlessNear && fact.unless && unlessNear(tokens, v.at, fact.unless, fact.needs[0]!)));
      if (!claimed.length) continue;
      out.push({ id: fact.id, label: fact.label, correction: fact.correction, at: claimed[0]!.at });
      break;
    }
  }
  return out;
}
