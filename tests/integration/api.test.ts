/**
 * Every /api/v1 route with good and hostile input, against a real (temp) SQLite database
 * seeded from content/. Hostile input must get a 4xx JSON error — never a 500.
 */
import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/questions/route";
import { GET as detailRoute } from "@/app/api/v1/questions/[slug]/route";
import { POST as gradeRoute } from "@/app/api/v1/grade/route";
import { loadContent } from "@/lib/content/load";
import type { QuestionFile } from "@/lib/content/schema";

const bank = loadContent();
const bySlug = new Map(bank.questions.map((q) => [q.slug, q]));
const firstOf = <T extends QuestionFile["type"]>(type: T) => bank.questions.find((q) => q.type === type) as Extract<QuestionFile, { type: T }>;

const BASE = "http://localhost:3000";
const list = (qs = "", headers: HeadersInit = {}) => listRoute(new Request(`${BASE}/api/v1/questions${qs}`, { headers }), {});
const detail = (slug: string, qs = "") =>
  detailRoute(new Request(`${BASE}/api/v1/questions/${encodeURIComponent(slug)}${qs}`), { params: Promise.resolve({ slug }) });
const grade = (body: unknown, init: { raw?: string; headers?: Record<string, string> } = {}) =>
  gradeRoute(
    new Request(`${BASE}/api/v1/grade`, {
      method: "POST",
      headers: { "content-type": "application/json", ...init.headers },
      body: init.raw ?? JSON.stringify(body),
    }),
    {},
  );

async function body(res: Response) {
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  return res.json();
}

describe("GET /api/v1/questions", () => {
  it("lists questions with pagination and no answer keys", async () => {
    const res = await list("?pageSize=50&locale=en");
    expect(res.status).toBe(200);
    const page = await body(res);
    expect(page.total).toBe(bank.questions.length);
    expect(page.items).toHaveLength(Math.min(50, bank.questions.length));
    const text = JSON.stringify(page);
    for (const leak of ['"correct"', "modelAnswer", "rubric", "keyPoints", "accepted", '"answer"', "explanation"]) expect(text).not.toContain(leak);
  });

  it("filters by topic, type and difficulty", async () => {
    const res = await list("?topic=ports&type=short&difficulty=1&pageSize=50");
    const page = await body(res);
    const expected = bank.questions.filter((q) => q.topic === "ports" && q.type === "short" && q.difficulty === 1);
    expect(page.total).toBe(expected.length);
    expect(page.items.map((i: { slug: string }) => i.slug).sort()).toEqual(expected.map((q) => q.slug).sort());
  });

  it("pages through every question exactly once", async () => {
    const seen: string[] = [];
    for (let p = 1; p <= 100; p++) {
      const page = await body(await list(`?pageSize=7&page=${p}`));
      seen.push(...page.items.map((i: { slug: string }) => i.slug));
      if (p >= page.totalPages) break;
    }
    expect(new Set(seen).size).toBe(bank.questions.length);
    expect(seen).toHaveLength(bank.questions.length);
  });

  it("searches in Korean and English, case-insensitively", async () => {
    const ko = await body(await list(`?q=${encodeURIComponent("임시 포트")}&pageSize=50`));
    expect(ko.items.map((i: { slug: string }) => i.slug)).toContain("ephemeral-port");
    const en = await body(await list(`?q=EPHEMERAL&pageSize=50&locale=en`));
    expect(en.items.map((i: { slug: string }) => i.slug)).toContain("ephemeral-port");
    const none = await body(await list(`?q=${encodeURIComponent("zzqx-없는-단어")}`));
    expect(none.total).toBe(0);
  });

  it("never treats % or _ as wildcards", async () => {
    expect((await body(await list(`?q=${encodeURIComponent("%")}`))).total).toBe(0);
    expect((await body(await list(`?q=${encodeURIComponent("%_%")}`))).total).toBe(0);
    const reuse = await body(await list(`?q=${encodeURIComponent("SO_REUSEADDR")}&pageSize=50`));
    expect(reuse.items.map((i: { slug: string }) => i.slug)).toContain("so-reuseaddr-reuseport");
  });

  it("answers in the locale from the query, the cookie or Accept-Language", async () => {
    const hasHangul = (s: string) => /[\uAC00-\uD7A3]/.test(s);
    const ko = await body(await list("?pageSize=3", { "accept-language": "ko-KR" }));
    expect(hasHangul(ko.items[0].prompt)).toBe(true);
    const en = await body(await list("?pageSize=3", { cookie: "locale=en" }));
    expect(hasHangul(en.items[0].prompt)).toBe(false);
  });

  const hostile = [
    "?page=0",
    "?page=-1",
    "?page=1.5",
    "?page=99999999999",
    "?pageSize=1000",
    "?difficulty=4",
    "?difficulty=easy",
    "?type=essay",
    "?topic=../etc/passwd",
    "?topic=%3Cscript%3E",
    "?locale=fr",
    "?evil=1",
    "?__proto__=x",
    "?constructor=x",
    "?page=1&page=2",
    `?q=${"a".repeat(101)}`,
    "?q=%00%01%02",
  ];
  it.each(hostile)("rejects %s with 400 and field errors", async (qs) => {
    const res = await list(qs);
    if (qs === "?q=%00%01%02") {
      // control characters are just an unusual search: a 200 with no results
      expect(res.status).toBe(200);
      return;
    }
    expect(res.status).toBe(400);
    const err = await body(res);
    expect(err.error.code).toBe("validation");
    expect(Object.keys(err.error.fieldErrors ?? {}).length).toBeGreaterThan(0);
  });

  it("gives field errors in the user's language", async () => {
    const ko = await body(await list("?difficulty=9", { "accept-language": "ko" }));
    expect(ko.error.fieldErrors.difficulty[0]).toMatch(/[\uAC00-\uD7A3]/);
    const en = await body(await list("?difficulty=9&locale=en"));
    expect(en.error.fieldErrors.difficulty[0]).toMatch(/allowed/i);
  });
});

describe("GET /api/v1/questions/{slug}", () => {
  it("returns one question without its answer key", async () => {
    const q = firstOf("single-choice");
    const res = await detail(q.slug, "?locale=en");
    expect(res.status).toBe(200);
    const dto = await body(res);
    expect(dto.prompt).toBe(q.prompt.en);
    expect(dto.options).toHaveLength(q.choices.length);
    expect(JSON.stringify(dto)).not.toMatch(/"correct"|modelAnswer|explanation/);
  });

  it("shuffles ordering items so they are never shown in the answer order", async () => {
    for (const q of bank.questions.filter((x) => x.type === "ordering")) {
      const dto = await body(await detail(q.slug));
      expect(dto.options.map((o: { key: string }) => o.key)).not.toEqual(q.items.map((i) => i.id));
      expect(dto.options.map((o: { key: string }) => o.key).sort()).toEqual(q.items.map((i) => i.id).sort());
    }
  });

  it.each(["no-such-question", "a".repeat(80)])("404 for unknown slug %s", async (slug) => {
    const res = await detail(slug);
    expect(res.status).toBe(404);
    expect((await body(res)).error.code).toBe("not_found");
  });

  it.each(["../../etc/passwd", "UPPER", "a b", "<script>", "a".repeat(200), "", "slug?x=1"])("400 for malformed slug %j", async (slug) => {
    const res = await detail(slug);
    expect(res.status).toBe(400);
  });

  it("rejects unknown query keys", async () => {
    expect((await detail(firstOf("short").slug, "?answer=1")).status).toBe(400);
  });
});

describe("POST /api/v1/grade — exact types", () => {
  it("grades single choice right and wrong", async () => {
    const q = firstOf("single-choice");
    const right = q.choices.find((c) => c.correct)!.id;
    const wrong = q.choices.find((c) => !c.correct)!.id;
    const ok = await body(await grade({ question: q.slug, answer: right, locale: "en" }));
    expect(ok).toMatchObject({ score: 100, verdict: "correct", question: q.slug });
    expect(ok.explanation).toBe(q.explanation.en);
    expect(ok.correctAnswer.options[0].key).toBe(right);
    const bad = await body(await grade({ question: q.slug, answer: wrong }));
    expect(bad).toMatchObject({ score: 0, verdict: "incorrect" });
  });

  it("gives partial credit on multi choice", async () => {
    const q = bank.questions.find((x) => x.type === "multi-choice" && x.choices.filter((c) => c.correct).length >= 2) as Extract<QuestionFile, { type: "multi-choice" }>;
    const correct = q.choices.filter((c) => c.correct).map((c) => c.id);
    expect((await body(await grade({ question: q.slug, answer: correct }))).verdict).toBe("correct");
    const some = await body(await grade({ question: q.slug, answer: correct.slice(1) }));
    expect(some.verdict).toBe("partial");
    expect(some.score).toBeGreaterThan(0);
    expect(some.score).toBeLessThan(100);
  });

  it("grades true/false, ordering and short answers", async () => {
    const tf = firstOf("true-false");
    expect((await body(await grade({ question: tf.slug, answer: String(tf.answer) }))).verdict).toBe("correct");
    expect((await body(await grade({ question: tf.slug, answer: String(!tf.answer) }))).verdict).toBe("incorrect");

    const ord = firstOf("ordering");
    const keys = ord.items.map((i) => i.id);
    expect((await body(await grade({ question: ord.slug, answer: keys }))).score).toBe(100);
    const swapped = [keys[1]!, keys[0]!, ...keys.slice(2)];
    const partial = await body(await grade({ question: ord.slug, answer: swapped }));
    expect(partial.score).toBeLessThan(100);
    expect(partial.correctAnswer.options.map((o: { key: string }) => o.key)).toEqual(keys);

    const short = firstOf("short");
    expect((await body(await grade({ question: short.slug, answer: ` ${short.accepted[0]!.toUpperCase()} ` }))).verdict).toBe("correct");
  });

  it("grades interview answers with key points, evidence and follow-ups", async () => {
    const answer = "accept()는 큐에서 연결을 하나 꺼내서 그 클라이언트 전용 새 소켓을 반환하고, 리스닝 소켓은 계속 다음 연결을 기다립니다.";
    const res = await grade({ question: "accept-returns-new-socket", answer });
    expect(res.status).toBe(200);
    const r = await body(res);
    expect(r.type).toBe("interview");
    expect(r.language).toBe("ko");
    const byId = new Map(r.keyPoints.map((k: { id: string }) => [k.id, k]));
    const returns = byId.get("returns-new-socket") as { hit: boolean; evidence: { start: number; end: number; text: string }[] };
    expect(returns.hit).toBe(true);
    for (const ev of returns.evidence) expect(answer.slice(ev.start, ev.end)).toBe(ev.text);
    expect(returns.evidence.map((e) => e.text).join(" ")).toContain("새 소켓");
    expect(["correct", "partial"]).toContain(r.verdict);
    expect(r.followUps.length).toBeGreaterThan(0);
    expect(r.feedback).toMatch(/[\uAC00-\uD7A3]/);
  });

  it("flags a negated key point as a misconception and caps the verdict", async () => {
    const r = await body(await grade({ question: "accept-returns-new-socket", answer: "accept() does not create a new socket; the listening socket itself becomes the connection.", locale: "en" }));
    expect(r.verdict).not.toBe("correct");
    expect(r.misconceptions.length).toBeGreaterThan(0);
  });

  it("a blank answer is graded incorrect with a helpful message, not an error", async () => {
    for (const question of ["what-is-a-port", firstOf("short").slug, firstOf("single-choice").slug]) {
      const res = await grade({ question, answer: "   ", locale: "en" });
      expect(res.status).toBe(200);
      const r = await body(res);
      expect(r.verdict).toBe("incorrect");
      expect(r.score).toBe(0);
      expect(r.feedback).toMatch(/empty|No answer/i);
    }
  });

  it("413 for an answer over 5,000 characters", async () => {
    const res = await grade({ question: "what-is-a-port", answer: "포트".repeat(2501), locale: "en" });
    expect(res.status).toBe(413);
    const err = await body(res);
    expect(err.error.fieldErrors.answer[0]).toMatch(/5,000/);
  });

  it("404 for an unknown question", async () => {
    const res = await grade({ question: "nope-not-here", answer: "a" });
    expect(res.status).toBe(404);
  });

  const single = () => firstOf("single-choice").slug;
  const ordering = () => firstOf("ordering").slug;
  const hostileBodies: [string, () => unknown][] = [
    ["null", () => null],
    ["array body", () => [1, 2]],
    ["string body", () => "answer"],
    ["missing answer", () => ({ question: single() })],
    ["missing question", () => ({ answer: "a" })],
    ["numeric answer", () => ({ question: single(), answer: 1 })],
    ["object answer", () => ({ question: single(), answer: { $ne: null } })],
    ["array of objects", () => ({ question: single(), answer: [{}] })],
    ["too many items", () => ({ question: ordering(), answer: Array.from({ length: 21 }, (_, i) => `k${i}`) })],
    ["extra key", () => ({ question: single(), answer: "a", admin: true })],
    ["__proto__ key", () => JSON.parse(`{"question":"${single()}","answer":"a","__proto__":{"polluted":1}}`)],
    ["constructor key", () => ({ question: single(), answer: "a", constructor: { prototype: {} } })],
    ["bad locale", () => ({ question: single(), answer: "a", locale: "de" })],
    ["path-like slug", () => ({ question: "../../etc/passwd", answer: "a" })],
    ["unknown choice", () => ({ question: single(), answer: "zz" })],
    ["several picks on single choice", () => ({ question: single(), answer: ["a", "b"] })],
    ["string for ordering", () => ({ question: ordering(), answer: "socket" })],
    ["partial permutation", () => ({ question: ordering(), answer: [firstOf("ordering").items[0]!.id] })],
  ];
  it.each(hostileBodies)("400 for %s", async (_name, make) => {
    const res = await grade(make());
    expect(res.status).toBe(400);
    const err = await body(res);
    expect(err.error.message).toBeTruthy();
    expect(JSON.stringify(err)).not.toMatch(/at .*\.ts|stack/i);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["malformed JSON", "{not json"],
    ["truncated JSON", '{"question":"x"'],
    ["empty body", ""],
  ])("400 for %s", async (_name, raw) => {
    const res = await grade(undefined, { raw });
    expect(res.status).toBe(400);
    expect((await body(res)).error.code).toBe("invalid_json");
  });

  it("415 for a non-JSON content type", async () => {
    const res = await grade(undefined, { raw: "question=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(415);
  });

  it("413 for a body over 64 KiB, declared or not", async () => {
    const big = JSON.stringify({ question: "what-is-a-port", answer: "x".repeat(70_000) });
    expect((await grade(undefined, { raw: big })).status).toBe(413);
    const lying = await grade(undefined, { raw: big, headers: { "content-length": "10" } });
    expect(lying.status).toBe(413);
  });

  it("wrong-shape messages are translated", async () => {
    const ko = await body(await grade({ question: ordering(), answer: "x", locale: "ko" }));
    expect(ko.error.fieldErrors.answer[0]).toMatch(/[\uAC00-\uD7A3]/);
  });
});

it("the bank the API serves is the bank in content/", () => {
  expect(bySlug.size).toBeGreaterThanOrEqual(80);
});
