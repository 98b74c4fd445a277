import { describe, expect, it } from "vitest";
import { chooseFollowUp, interviewScore, isOvertime, pickQuestions, type PlanQuestion } from "./engine";

const q = (slug: string, type: string, topicId: string, extra: Partial<PlanQuestion> = {}): PlanQuestion => ({ slug, type, topicId, keyPoints: [], followUps: [], ...extra });

const accept = q("accept", "interview", "api", {
  keyPoints: [
    { id: "new-socket", core: true, weight: 5 },
    { id: "same-port", core: false, weight: 3 },
    { id: "listener-stays", core: false, weight: 2 },
  ],
  followUps: [
    { slug: "four-tuple", probes: "same-port" },
    { slug: "backlog", probes: "listener-stays" },
  ],
});
const exists = () => true;

describe("interview question choice", () => {
  const pool = [q("a", "single-choice", "api"), q("b", "interview", "api"), q("c", "short", "api"), q("d", "interview", "tcp"), q("e", "interview", "udp")];

  it("takes only the chosen topics, interview questions first, then short answers", () => {
    let i = 0;
    const random = () => [0.9, 0.1, 0.5, 0.3, 0.7, 0.2, 0.8, 0.4][i++ % 8]!;
    const picked = pickQuestions(pool, ["api", "tcp"], 3, random);
    expect(new Set(picked)).toEqual(new Set(["b", "d", "c"]));
  });

  it("never picks more than exist", () => {
    expect(pickQuestions(pool, ["udp"], 5)).toEqual(["e"]);
  });
});

describe("follow-ups (꼬리 질문)", () => {
  it("asks the content follow-up that probes the most important missed key point", () => {
    const plan = chooseFollowUp(accept, { keyPoints: [{ id: "new-socket", hit: true }, { id: "same-port", hit: false }, { id: "listener-stays", hit: false }] }, 0, new Set(), exists);
    expect(plan).toEqual({ kind: "question", slug: "four-tuple", probes: "same-port" });
  });

  it("falls back to the key point itself when no question probes it", () => {
    const plan = chooseFollowUp(accept, { keyPoints: [{ id: "new-socket", hit: false }, { id: "same-port", hit: true }, { id: "listener-stays", hit: true }] }, 0, new Set(), exists);
    expect(plan).toEqual({ kind: "key-point", slug: "accept", keyPoint: "new-socket" });
  });

  it("skips follow-up questions already asked in this interview", () => {
    const plan = chooseFollowUp(accept, { keyPoints: [{ id: "new-socket", hit: true }, { id: "same-port", hit: false }, { id: "listener-stays", hit: false }] }, 0, new Set(["four-tuple"]), exists);
    expect(plan).toEqual({ kind: "question", slug: "backlog", probes: "listener-stays" });
  });

  it("asks nothing when every key point was hit, at depth 2, or after a key-point follow-up", () => {
    const allHit = { keyPoints: accept.keyPoints.map((k) => ({ id: k.id, hit: true })) };
    const oneMissed = { keyPoints: [{ id: "new-socket", hit: false }] };
    expect(chooseFollowUp(accept, allHit, 0, new Set(), exists)).toBeNull();
    expect(chooseFollowUp(accept, oneMissed, 2, new Set(), exists)).toBeNull();
    expect(chooseFollowUp(accept, oneMissed, 1, new Set(), exists, "new-socket")).toBeNull();
    expect(chooseFollowUp(accept, {}, 0, new Set(), exists)).toBeNull(); // choice questions have no key points
  });
});

describe("scoring and the clock", () => {
  it("averages main questions only and counts overtime answers as zero", () => {
    expect(interviewScore([{ depth: 0, score: 80, overtime: false }, { depth: 1, score: 0, overtime: false }, { depth: 0, score: 60, overtime: true }])).toBe(40);
    expect(interviewScore([])).toBeNull();
  });

  it("allows a short grace period after the deadline", () => {
    const asked = new Date("2026-11-21T10:00:00Z");
    expect(isOvertime(asked, new Date("2026-11-21T10:01:04Z"), 60)).toBe(false);
    expect(isOvertime(asked, new Date("2026-11-21T10:01:06Z"), 60)).toBe(true);
    expect(isOvertime(asked, new Date("2026-11-21T12:00:00Z"), null)).toBe(false);
  });
});
