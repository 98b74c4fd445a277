import { describe, expect, it } from "vitest";
import { answerText, correctAnswerText } from "./answers";
import { getMessages } from "./messages";

const choice = { type: "single-choice", options: [{ key: "a", text: "Port 20" }, { key: "b", text: "Port 21" }] };

describe("answers as text", () => {
  it("shows option texts, never keys, and booleans in the user's language", () => {
    expect(answerText(choice, "b", "en")).toBe("Port 21");
    expect(answerText({ ...choice, type: "multi-choice" }, ["a", "b"], "en")).toBe("Port 20, Port 21");
    expect(answerText({ ...choice, type: "ordering" }, ["b", "a"], "ko")).toBe("Port 21 → Port 20");
    // The same O/X wording as the Korean answer buttons.
    expect(answerText({ type: "true-false", options: [] }, "false", "ko")).toBe(getMessages("ko").question.false);
    expect(getMessages("ko").question.false).toMatch(/^X/);
    expect(answerText({ type: "interview", options: [] }, "free text", "en")).toBe("free text");
  });

  it("shows the right answer of every kind", () => {
    expect(correctAnswerText({ kind: "boolean", value: true }, "en")).toBe("True");
    expect(correctAnswerText({ kind: "text", value: "443", accepted: ["443", "포트 443"] }, "ko")).toBe("443 / 포트 443");
    expect(correctAnswerText({ kind: "order", options: [{ key: "a", text: "socket" }, { key: "b", text: "bind" }] }, "en")).toBe("socket → bind");
    expect(correctAnswerText({ kind: "model", value: "A model answer." }, "en")).toBe("A model answer.");
  });
});
