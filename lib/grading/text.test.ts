import { describe, expect, it } from "vitest";
import { analyze, detectLanguage, stemEnglish, stripKorean } from "./text";

const norms = (s: string) => analyze(s).tokens.map((t) => t.norm);

describe("Korean particles and endings", () => {
  it.each(["소켓을", "소켓은", "소켓이", "소켓에서", "소켓에서는", "소켓의", "소켓으로"])("%s → 소켓", (w) => {
    expect(norms(w)).toEqual(["소켓"]);
  });
  it("strips verb endings once, keeping the stem", () => {
    expect(stripKorean("반환합니다")).toBe("반환");
    expect(stripKorean("연결되었습니다")).toBe("연결");
    expect(stripKorean("오해하기")).toBe("오해");
  });
  it("leaves words whose last syllable only looks like a particle", () => {
    expect(stripKorean("포트")).toBe("포트");
    expect(stripKorean("인터페이스")).toBe("인터페이스");
  });
  it("drops a particle glued to code or a number", () => {
    expect(norms("accept()는 listen()을")).toEqual(["accept", "listen"]);
    expect(norms("TCP에서")).toEqual(["tcp"]);
  });
});

describe("numbers and ranges", () => {
  it("80번 → 80", () => {
    expect(norms("80번 포트")).toEqual(["80", "포트"]);
    expect(norms("443번으로")).toEqual(["443"]);
  });
  it.each(["49152~65535", "49152-65535", "49152 – 65535", "49152 to 65535", "49152부터 65535까지", "49152번부터 65535번까지", "49152 ~ 65535"])(
    "%s folds into one range token",
    (s) => {
      expect(norms(s)).toEqual(["49152-65535"]);
    },
  );
  it("leading zeros and full-width digits normalise", () => {
    expect(norms("０８０")).toEqual(["80"]);
  });
});

describe("English inflection", () => {
  it.each([
    ["binds", "bind"],
    ["bound", "bind"],
    ["binding", "bind"],
    ["listening", "listen"],
    ["accepted", "accept"],
    ["queues", "queue"],
    ["addresses", "address"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
  it("n't becomes a negation token", () => {
    const t = analyze("The server doesn't call connect()").tokens;
    expect(t.find((x) => x.norm === "not")?.negation).toBe(true);
  });
});

describe("normalisation", () => {
  it("NFKC, case and full-width forms", () => {
    expect(norms("ＡＣＣＥＰＴ Socket")).toEqual(["accept", "socket"]);
  });
  it("keeps offsets into the original text", () => {
    const text = "새 소켓을 반환합니다";
    const t = analyze(text).tokens.find((x) => x.norm === "소켓")!;
    expect(text.slice(t.start, t.end)).toBe("소켓을");
  });
  it("splits sentences on periods but not inside 127.0.0.1 or socket.accept", () => {
    const a = analyze("It binds 127.0.0.1. Then socket.accept() runs");
    expect(a.sentenceCount).toBe(2);
  });
  it("Korean connective endings and commas start new clauses", () => {
    const t = analyze("TCP는 연결 지향이고 UDP는 비연결입니다").tokens;
    expect(t.find((x) => x.norm === "tcp")!.clause).not.toBe(t.find((x) => x.norm === "udp")!.clause);
  });
  it("detects the answer's language by script, counting English terms in Korean answers as Korean", () => {
    expect(detectLanguage("accept()는 new socket을 return합니다")).toBe("ko");
    expect(detectLanguage("It returns a new socket")).toBe("en");
  });
});

describe("clauses around asides and auxiliaries", () => {
  const clauses = (s: string) => new Set(analyze(s).tokens.map((t) => t.clause)).size;
  it("a short aside glued to a particle stays in its clause; a free-standing aside is a clause of its own", () => {
    expect(clauses("tcp_fin_timeout(기본 60초)이 지나면 커널이 정리합니다")).toBe(1);
    expect(clauses("TCP는 바이트 스트림(메시지 경계 없음) 방식입니다")).toBeGreaterThan(1);
  });
  it("an obligation \"-야 한다\" is one clause unless it ends one itself", () => {
    expect(clauses("재부팅해야 한다는 뜻이 아니라")).toBe(1);
    expect(clauses("모두 받아야 하니까, 공용 틀을 씁니다")).toBeGreaterThan(1);
  });
  it("a permission \"-아도 된다\" is one clause; a concession \"-해도 …\" opens another", () => {
    expect(clauses("첫 번째 값을 클라이언트 IP로 믿고 써도 됩니다")).toBe(1);
    expect(clauses("리스닝 소켓을 close()해도 연결은 살아 있습니다")).toBeGreaterThan(1);
  });
  it("\"-다가\" ends a clause and joins it to the next (one claim); so does an English condition set off by a comma", () => {
    const joinedAt = (s: string) => analyze(s).tokens.filter((t) => t.joined).map((t) => t.surface);
    expect(clauses("응답하지 않고 있다가 accept()를 호출하면 보냅니다")).toBe(3);
    expect(joinedAt("응답하지 않고 있다가 서버가 보냅니다")).toEqual(["서버가"]);
    expect(joinedAt("By the time epoll_wait returns, the kernel has copied the data.")).toEqual(["kernel"]);
    expect(joinedAt("When the server calls accept(), it gets a new socket.")).toEqual(["it"]);
    // ("even while" is time, not contrast: one clause; a bare "while" still sets two apart.)
    expect(clauses("the new process binds the port even while the old process is still listening")).toBe(1);
    expect(clauses("TCP is reliable while UDP is best effort")).toBe(2);
    // (A comma inside a number, "65,535", is no clause break; a comma after a number is.)
    expect(clauses("최대 65,535개의 연결")).toBe(1);
    expect(clauses("포트 22, 80, 443")).toBe(3);
    // (Not any clause before a comma.)
    expect(joinedAt("The kernel answers the SYN, and the client sends an ACK.")).toEqual([]);
  });
});
