import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wordMatches, compileGroup, createMatcher } from "./matcher";
import { gradeInterview, type RubricInput } from "./rubric";
import { analyze } from "./text";

const rubric: RubricInput = {
  prompt: { ko: "accept()는 왜 새 소켓을 반환하나요?", en: "Why does accept() return a new socket?" },
  keyPoints: [
    { id: "new-socket", weight: 3, core: true, label: { ko: "새 소켓을 반환", en: "Returns a new socket" }, match: [["새 소켓", "new socket", "새로운 소켓"]], sandbox: "tcp-multi-client" },
    { id: "listener-stays", weight: 2, core: true, label: { ko: "리스닝 소켓 유지", en: "Listening socket stays" }, match: [["리스닝 소켓", "listening socket"], ["계속", "유지", "keeps", "stays"]] },
    { id: "queue", weight: 1, core: false, label: { ko: "큐에서 꺼냄", en: "Takes from the queue" }, match: [["큐", "queue", "대기열"]] },
    { id: "ephemeral", weight: 1, core: false, label: { ko: "임시 포트", en: "Ephemeral port" }, match: [["임시 포트"]] },
  ],
  misconceptions: [
    {
      id: "udp-connection",
      label: { ko: "UDP도 연결을 맺는다", en: "UDP sets up connections" },
      match: [["udp"], ["연결 지향", "connection-oriented"]],
      correction: { ko: "UDP는 비연결형입니다.", en: "UDP is connectionless." },
    },
  ],
  followUps: [
    { slug: "no-probe", probes: null },
    { slug: "about-queue", probes: "queue" },
    { slug: "about-new-socket", probes: "new-socket" },
  ],
};

const hit = (answer: string, id: string) => gradeInterview(rubric, answer).keyPoints.find((k) => k.id === id)!.hit;

describe("synonyms across languages and forms", () => {
  it("matches a rubric phrase through the lexicon (socket ↔ 소켓, mixed language)", () => {
    expect(hit("accept gives back a brand new socket", "new-socket")).toBe(true);
    expect(hit("accept는 새 socket을 돌려줍니다", "new-socket")).toBe(true);
  });
  it("임시 포트 | 동적 포트 | ephemeral port are one concept", () => {
    for (const a of ["클라이언트는 동적 포트를 씁니다", "the client uses an ephemeral port", "임시포트를 받습니다"]) expect(hit(a, "ephemeral"), a).toBe(true);
  });
  it("particles do not matter", () => {
    expect(hit("리스닝 소켓은 계속 남아 있다", "listener-stays")).toBe(true);
    expect(hit("리스닝소켓이 유지됩니다", "listener-stays")).toBe(true);
  });
});

describe("typo tolerance is bounded by word length", () => {
  const t = (s: string) => analyze(s).tokens[0]!;
  const p = (s: string) => compileGroup([s])[0]!.tokens[0]!;
  it("tolerates one typo in longer Latin words", () => {
    expect(wordMatches(p("connection"), t("conection"))).toBe(true);
    expect(wordMatches(p("receive"), t("recieve"))).toBe(true);
  });
  it("never fuzzes short words", () => {
    expect(wordMatches(p("port"), t("post"))).toBe(false);
    expect(wordMatches(p("tcp"), t("tcb"))).toBe(false);
    expect(wordMatches(p("bind"), t("find"))).toBe(false);
  });
  it("compares Hangul at jamo level on 3+ syllables only", () => {
    expect(wordMatches(p("리스닝"), t("리스님"))).toBe(true);
    expect(wordMatches(p("소켓"), t("소캣"))).toBe(false);
  });
  it("a phrase's words may have a couple of words between them, not more", () => {
    const m = (answer: string) => createMatcher(analyze(answer).tokens).find(compileGroup(["new socket"]), "sentence").length > 0;
    expect(m("a new connected socket")).toBe(true);
    expect(m("a new and very different kind of socket")).toBe(false);
  });
  it("finds a phrase the same way through the answer-word index: particles, stems, typos, spacing", () => {
    const found = (answer: string, alternative: string) => createMatcher(analyze(answer).tokens).find(compileGroup([alternative]), "sentence").length > 0;
    expect(found("소켓들이 열려 있다", "소켓")).toBe(true);
    expect(found("the connection was refused", "connect")).toBe(true);
    expect(found("the conection was refused", "connection")).toBe(true);
    expect(found("리스님 소켓", "리스닝 소켓")).toBe(true);
    expect(found("임시포트가 부족", "임시 포트")).toBe(true);
    expect(found("a tcb was freed", "tcp")).toBe(false);
  });
  it("finds a phrase compiled after the answer was first searched (a contrast met mid-grading): no result depends on what was compiled before", () => {
    const m = createMatcher(analyze("외부 접속은 zyxwvutsq 포트에서 거절됩니다").tokens);
    expect(m.find(compileGroup(["접속"]), "sentence").length).toBe(1);
    // (A word no phrase has used so far: interned only now, after the matcher indexed the answer.)
    expect(m.find(compileGroup(["zyxwvutsq 포트"]), "sentence").length).toBe(1);
  });
  it("a word looked up before a later rubric was compiled still matches that rubric's words", () => {
    const answer = "the zorblaxian handshake";
    expect(createMatcher(analyze(answer).tokens).find(compileGroup(["handshake"]), "sentence").length).toBeGreaterThan(0);
    // A rubric compiled after "zorblaxian" was first looked up (the word's cached matches are stale).
    const later = compileGroup(["zorblaxian handshake"]);
    expect(createMatcher(analyze(answer).tokens).find(later, "sentence").length).toBeGreaterThan(0);
  });
});

describe("polarity", () => {
  it.each([
    "accept()는 새 소켓을 만들지 않는다",
    "accept()는 새 소켓을 반환하지 않습니다",
    "accept() does not return a new socket",
    "accept() never creates a new socket",
  ])("%s earns nothing and is a misconception", (answer) => {
    const r = gradeInterview(rubric, answer);
    expect(r.keyPoints.find((k) => k.id === "new-socket")!.hit).toBe(false);
    expect(r.keyPoints.find((k) => k.id === "new-socket")!.negated).toBe(true);
    expect(r.misconceptions.some((m) => m.id === "negated-new-socket")).toBe(true);
    expect(r.verdict).not.toBe("correct");
  });
  it("a negation in another clause does not flip the key point", () => {
    expect(hit("리스닝 소켓은 닫히지 않고, 계속 다음 연결을 받습니다", "listener-stays")).toBe(true);
  });
  it('"not … until" means waiting, not a denial', () => {
    const waits: RubricInput = { ...rubric, keyPoints: [{ id: "blocks", weight: 1, core: true, label: { ko: "블로킹", en: "blocks" }, match: [["connect"], ["블로킹", "blocks", "기다린"]] }] };
    for (const a of ["connect는 블로킹이면 핸드셰이크가 끝날 때까지 안 돌아옵니다", "connect blocks and does not return until the handshake is done"])
      expect(gradeInterview(waits, a).keyPoints[0]!.negated, a).toBe(false);
  });
  it("a negation after a causal ending belongs to the next clause", () => {
    const layer: RubricInput = { ...rubric, keyPoints: [{ id: "l3", weight: 1, core: true, label: { ko: "네트워크 계층", en: "network layer" }, match: [["네트워크 계층"]] }] };
    expect(gradeInterview(layer, "ICMP는 네트워크 계층 프로토콜이라 포트 필드가 없어요").keyPoints[0]!.hit).toBe(true);
  });
  it("a stated misconception is reported with its correction, and a major one makes the answer incorrect", () => {
    const r = gradeInterview(rubric, "UDP는 연결 지향 프로토콜입니다. accept는 새 소켓을 주고 리스닝 소켓은 계속 남습니다.");
    expect(r.misconceptions.map((m) => m.id)).toContain("udp-connection");
    expect(r.misconceptions.find((m) => m.id === "udp-connection")!.correction).not.toBe("");
    expect(r.verdict).toBe("incorrect");
  });
  it("a denied misconception is not reported", () => {
    for (const a of ["UDP는 연결 지향이 아닙니다", "It is a common myth that UDP is connection-oriented", "흔히 UDP도 연결 지향이라고 생각하는데 사실 아닙니다"])
      expect(gradeInterview(rubric, a).misconceptions.map((m) => m.id), a).not.toContain("udp-connection");
  });
});

describe("verdicts", () => {
  it("all required points and most of the weight is correct", () => {
    const r = gradeInterview(rubric, "accept()는 큐에서 연결을 꺼내 새 소켓을 반환하고, 리스닝 소켓은 계속 대기합니다.");
    expect(r.verdict).toBe("correct");
    expect(r.score).toBeGreaterThanOrEqual(70);
  });
  it("missing a required point can never be correct", () => {
    const r = gradeInterview(rubric, "accept는 새 소켓을 반환하고 큐에서 연결을 꺼내고 임시 포트를 씁니다.");
    expect(r.keyPoints.find((k) => k.id === "listener-stays")!.hit).toBe(false);
    expect(r.verdict).toBe("partial");
    expect(r.score).toBeLessThan(70);
  });
  it("an answer that only repeats the question is incorrect", () => {
    const r = gradeInterview(rubric, "accept()는 새 소켓을 반환합니다.");
    expect(r.flags.restatesQuestion).toBe(true);
    expect(r.verdict).toBe("incorrect");
  });
  it("off-topic filler is incorrect", () => {
    const r = gradeInterview(rubric, "좋은 질문입니다. 네트워크는 정말 중요하고 저는 열심히 공부하고 있습니다.");
    expect(r.flags.offTopic).toBe(true);
    expect(r.verdict).toBe("incorrect");
    expect(r.score).toBeLessThan(30);
  });
  it("an empty answer is incorrect with a helpful message", () => {
    const r = gradeInterview(rubric, "   \n ");
    expect(r).toMatchObject({ verdict: "incorrect", score: 0, flags: { empty: true } });
    expect(r.feedback.length).toBeGreaterThan(10);
  });
  it("feedback follows the answer's language, labels the requested locale", () => {
    const r = gradeInterview(rubric, "It returns a new socket and the listening socket keeps going.", "ko");
    expect(r.language).toBe("en");
    expect(r.feedback).not.toMatch(/[\uAC00-\uD7A3]/);
    expect(r.keyPoints[0]!.label).toBe("새 소켓을 반환");
  });
  it("follow-ups that probe a missed point come first", () => {
    const r = gradeInterview(rubric, "accept는 새 소켓을 반환하고 리스닝 소켓은 계속 대기합니다.");
    expect(r.followUps[0]).toBe("about-queue");
    expect(r.followUps).toContain("about-new-socket");
  });
  it("evidence spans point into the original answer", () => {
    const answer = "음… accept()는 새로운 소켓을 돌려줘요!";
    const k = gradeInterview(rubric, answer).keyPoints[0]!;
    expect(k.evidence).toHaveLength(1);
    expect(answer.slice(k.evidence[0]!.start, k.evidence[0]!.end)).toBe(k.evidence[0]!.text);
  });
});

describe("never throws, always a valid result (property)", () => {
  const check = (answer: string) => {
    const r = gradeInterview(rubric, answer);
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(["correct", "partial", "incorrect"]).toContain(r.verdict);
    expect(r.keyPoints).toHaveLength(rubric.keyPoints.length);
    for (const k of r.keyPoints) for (const e of k.evidence) expect(answer.slice(e.start, e.end)).toBe(e.text);
    const band = { correct: [70, 100], partial: [30, 69], incorrect: [0, 29] }[r.verdict];
    expect(r.score).toBeGreaterThanOrEqual(band[0]!);
    expect(r.score).toBeLessThanOrEqual(band[1]!);
  };
  const pieces = fc.constantFrom(
    "새 소켓", "listening socket", "계속", "않", "not", "UDP", "연결 지향", "🙂", "\u202e", "\u0000", "'; DROP TABLE users; --", "<script>alert(1)</script>",
    "49152~65535", "ＡＣＣＥＰＴ", "\n", ".", ",", "\u200b", "ㅋㅋㅋ", "accept()는",
  );
  it("arbitrary unicode strings up to 5,000 characters", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 5000 }), check), { numRuns: 150 });
  });
  it("mixtures of rubric words, emoji, control characters, RTL marks, SQL and HTML", () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 200 }).map((a) => a.join(" ")), check), { numRuns: 300 });
  });
  it("words that name Object.prototype members", () => {
    for (const w of ["__proto__", "constructor", "toString", "hasOwnProperty", "__proto__ constructor prototype"]) check(w);
  });
  it("a 5,000-character answer", () => {
    check("새 소켓을 반환하고 리스닝 소켓은 계속 남습니다. ".repeat(200).slice(0, 5000));
  });
});
