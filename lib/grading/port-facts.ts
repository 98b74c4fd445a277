/**
 * Well-known service ports as checkable facts. An answer that says "HTTPS uses 433" or "SSH
 * is port 23" names every right idea and one wrong number: an interviewer calls that a slip
 * (partial), and so does the grader. The check is deliberately narrow so a correct answer is
 * never marked down:
 * - a number counts as said of a service only in the same clause, at most six words away
 *   with nothing but filler between ("SSH 22", "22번은 SSH", "SSH uses port 22", "SSH(22)";
 *   not "80 or 443 and SSH");
 * - it is a slip only when no service within reach accepts it, and it looks like a confusion
 *   rather than a custom port: another service's port (SSH 23 = Telnet), one or two off
 *   (HTTPS 442), one digit wrong (HTTPS 433) or the right digits in another order (HTTPS 434). "SSH on 2222" or "HTTP 8080"
 *   is a deployment choice, not a mistake;
 * - clauses that set a number aside ("23이 아니라 22", "not 23", "instead of 80", "바꿔서") are
 *   skipped.
 * Reference data, not question content: it applies to every interview answer.
 */
import type { Token } from "./text";

export interface ServicePort {
  label: string;
  /** Lower-case surface forms of the service's name (one word each). */
  names: string[];
  /** Every port the service is commonly run on (the first is the canonical one). */
  ports: number[];
  /** Its default ports, where an answer says "default" (the first port unless listed). */
  defaults?: number[];
}

export const SERVICE_PORTS: ServicePort[] = [
  { label: "FTP", names: ["ftp"], ports: [21, 20], defaults: [21, 20] },
  { label: "SSH", names: ["ssh", "sftp", "scp"], ports: [22] },
  { label: "Telnet", names: ["telnet", "텔넷"], ports: [23] },
  { label: "SMTP", names: ["smtp"], ports: [25, 587, 465, 2525], defaults: [25, 587, 465] },
  { label: "DNS", names: ["dns"], ports: [53, 853, 5353], defaults: [53, 853, 5353] },
  { label: "DHCP", names: ["dhcp"], ports: [67, 68], defaults: [67, 68] },
  { label: "TFTP", names: ["tftp"], ports: [69] },
  { label: "HTTP", names: ["http"], ports: [80, 8080, 8000, 8008, 3000] },
  { label: "POP3", names: ["pop3", "pop"], ports: [110, 995], defaults: [110, 995] },
  { label: "NTP", names: ["ntp"], ports: [123] },
  { label: "IMAP", names: ["imap"], ports: [143, 993], defaults: [143, 993] },
  { label: "SNMP", names: ["snmp"], ports: [161, 162], defaults: [161, 162] },
  { label: "LDAP", names: ["ldap"], ports: [389, 636], defaults: [389, 636] },
  { label: "HTTPS", names: ["https"], ports: [443, 8443] },
  { label: "QUIC", names: ["quic", "http3", "h3"], ports: [443, 8443] },
  { label: "WebSocket (ws://)", names: ["ws"], ports: [80, 8080, 8000, 3000] },
  { label: "WebSocket (wss://)", names: ["wss"], ports: [443, 8443] },
  { label: "SMB", names: ["smb", "cifs"], ports: [445, 139], defaults: [445, 139] },
  { label: "STUN", names: ["stun"], ports: [3478, 5349, 19302], defaults: [3478, 5349] },
  { label: "SIP", names: ["sip"], ports: [5060, 5061], defaults: [5060, 5061] },
  { label: "MySQL", names: ["mysql", "mariadb"], ports: [3306] },
  { label: "RDP", names: ["rdp"], ports: [3389] },
  { label: "PostgreSQL", names: ["postgresql", "postgres"], ports: [5432] },
  { label: "Redis", names: ["redis"], ports: [6379] },
  { label: "MongoDB", names: ["mongodb", "mongo"], ports: [27017] },
];

const byName = new Map<string, ServicePort>();
for (const s of SERVICE_PORTS) for (const n of s.names) byName.set(n, s);
const canonical = new Set(SERVICE_PORTS.map((s) => s.ports[0]!));

/** Words that may sit between a service and its number. */
const FILLER = new Set(["port", "포트", "번", "번호", "use", "be", "on", "at", "listen", "run", "number", "default", "기본", "보통", "usually", "typically", "normally", "tcp", "udp", "is", "are", "uses", "for", "server", "서버", "bound", "bind", "to", "resolver", "리졸버", "query", "queries", "질의", "lookup", "lookups", "조회"]);

/** Words that set a number aside or describe a deliberate change of port. */
const ASIDE = /^(아니|아닌|대신|말고|바꾸|바꿔|바꿀|변경|옮기|옮겨|다른|커스텀|not|instead|rather|change|chang|custom|move|mov|alternat|other|anoth|except)/;

export interface PortSlip {
  service: ServicePort;
  said: number;
  /** Token indexes of the service name and the number. */
  serviceAt: number;
  numberAt: number;
}

const sortedDigits = (n: number) => String(n).split("").sort().join("");
const oneDigitOff = (a: number, b: number) => [...String(a)].filter((d, i) => d !== String(b)[i]).length === 1;

function looksConfused(service: ServicePort, n: number): boolean {
  if (canonical.has(n)) return true;
  return service.ports.some((p) => Math.abs(p - n) <= 2 || (String(p).length === String(n).length && (sortedDigits(p) === sortedDigits(n) || oneDigitOff(p, n))));
}

/** The service-port slips in an answer: numbers said of a service that it does not use. */
export function findPortSlips(tokens: Token[]): PortSlip[] {
  const slips: PortSlip[] = [];
  const asideClauses = new Set<number>();
  /** Clauses that say "default": there any other number is a wrong default, not a custom port ("wss:// uses 8443 by default"). */
  const defaultClauses = new Set<number>();
  for (const t of tokens) {
    if (ASIDE.test(t.surface) || (t.negation && t.script === "latin")) asideClauses.add(t.clause);
    if (/^(default|기본|디폴트)/.test(t.norm)) defaultClauses.add(t.clause);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.script !== "num" || !/^\d{1,5}$/.test(t.norm) || asideClauses.has(t.clause)) continue;
    const n = Number(t.norm);
    if (n > 65535) continue;
    let nearest: { service: ServicePort; at: number; d: number } | undefined;
    let accepted = false;
    for (let j = Math.max(0, i - 6); j <= Math.min(tokens.length - 1, i + 6); j++) {
      const w = tokens[j]!;
      if (j === i || w.clause !== t.clause || w.script === "num") continue;
      const service = byName.get(w.surface);
      if (!service) continue;
      // A service nearby that owns the number ("DNS over HTTPS (443)", "HTTPS 위의 DNS(443번)") accounts for it.
      if (service.ports.includes(n)) accepted = true;
      // Only filler between them ("SSH uses port 22", "22번 포트는 SSH"); "443 and SSH" lists two things.
      let linked = true;
      for (let k = Math.min(i, j) + 1; k < Math.max(i, j) && linked; k++) linked = FILLER.has(tokens[k]!.norm) || /^(질의|조회|리졸버)/.test(tokens[k]!.norm);
      // ("web server(80/443)와 SSH(22)": a number listed with "와" before a service is not that service's.)
      if (j > i && /^(와|과|랑|이랑|나|이나|및)$/.test(t.tail)) linked = false;
      // ("443입니다(http라면 80)": a service named as a condition after the number opens an alternative.)
      const glued = tokens[j + 1]?.start === w.end ? tokens[j + 1]!.surface : "";
      // (Any conditional ending: "http라면", "http면", "http였다면".)
      if (j > i && (/면$/.test(w.tail) || /^[가-힣]*면$/.test(glued))) linked = false;
      if (!linked) continue;
      if (service.ports.includes(n)) accepted = true;
      const d = Math.abs(j - i);
      if (!nearest || d < nearest.d) nearest = { service, at: j, d };
    }
    // (Said to be the default, only a default port will do: "HTTPS의 기본 포트는 8443", "wss:// uses 8443 by default".)
    const isDefault = defaultClauses.has(t.clause) && n >= 20; // (not a version: "HTTP/1.1 keep-alive is the default")
    if (nearest && isDefault && !(nearest.service.defaults ?? nearest.service.ports.slice(0, 1)).includes(n)) accepted = false;
    if (!nearest || accepted || !(looksConfused(nearest.service, n) || isDefault)) continue;
    slips.push({ service: nearest.service, said: n, serviceAt: nearest.at, numberAt: i });
  }
  return slips;
}
