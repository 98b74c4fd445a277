/** The grading CLI: one JSON line out per line in, in order, errors inline, nothing else on stdout. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

function runCli(input: string) {
  const res = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/grade-cli.ts"], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "file:/nonexistent/never-used.db" },
    timeout: 60_000,
  });
  return { ...res, lines: res.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)) };
}

it("grades interview and exact answers without a database, one line per input line", () => {
  const input = [
    { question: "accept-returns-new-socket", answer: "accept()는 클라이언트마다 새 소켓을 반환하고, 리스닝 소켓은 계속 다음 연결을 받습니다." },
    { question: "what-is-a-port", answer: "A port number identifies which process on a host gets the data." },
    { question: "https-default-port", answer: "443" },
  ]
    .map((x) => JSON.stringify(x))
    .join("\n");
  const { lines, status } = runCli(input);
  expect(status).toBe(0);
  expect(lines).toHaveLength(3);
  expect(lines.map((l) => l.question)).toEqual(["accept-returns-new-socket", "what-is-a-port", "https-default-port"]);
  for (const l of lines) {
    expect(l).toHaveProperty("score");
    expect(["correct", "partial", "incorrect"]).toContain(l.verdict);
    expect(Array.isArray(l.keyPoints)).toBe(true);
  }
  expect(lines[0].keyPoints.find((k: { id: string }) => k.id === "returns-new-socket").hit).toBe(true);
  expect(lines[2].verdict).toBe("correct");
});

it("answers every bad line with an error line and keeps going", () => {
  const input = [
    "not json",
    "",
    JSON.stringify({ question: "nope-nope", answer: "x" }),
    JSON.stringify({ question: "what-is-a-port" }),
    JSON.stringify({ question: "what-is-a-port", answer: "x".repeat(5001) }),
    JSON.stringify({ question: "server-call-order", answer: "socket" }),
    JSON.stringify({ question: "what-is-a-port", answer: 42, __proto__: { x: 1 } }),
    JSON.stringify({ question: "https-default-port", answer: "443" }),
  ].join("\n");
  const { lines, status, stdout } = runCli(input);
  expect(status).toBe(0);
  expect(lines).toHaveLength(8);
  expect(lines.slice(0, 7).every((l) => typeof l.error === "string")).toBe(true);
  expect(lines[7]).toMatchObject({ question: "https-default-port", verdict: "correct" });
  expect(stdout.trim().split("\n")).toHaveLength(8);
});
