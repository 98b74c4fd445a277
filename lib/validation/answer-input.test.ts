import { describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n/messages";
import { answerError, answerLength, answerProblem, answerProblemMessage, isOverLong, MAX_ANSWER_CHARS, normalizeNewlines } from "./answer-input";

const long = "x".repeat(MAX_ANSWER_CHARS + 1);
const blankEn = getMessages("en").question.blank;
const blankKo = getMessages("ko").question.blank;

describe("answerError (the one error line under an answer form)", () => {
  it("shows the length error for an over-long answer, not a stale 'answer first' from an earlier empty submit", () => {
    // The learner submitted nothing, got "Choose or type an answer first.", then pasted a long answer.
    expect(answerError({ text: long, serverError: blankEn, editedSinceSubmit: true }, "en")).toBe(
      "The answer is too long. Keep it to 5,000 characters or fewer.",
    );
    expect(answerError({ text: long, serverError: blankKo, editedSinceSubmit: true }, "ko")).toBe("답이 너무 깁니다. 5,000자 이내로 줄여 주세요.");
    // Even before any edit event (a long draft restored from this device), length wins.
    expect(answerError({ text: long, serverError: blankEn, editedSinceSubmit: false }, "en")).toBe(answerProblemMessage("too_long", "en"));
  });

  it("shows a server error until the answer is edited, then drops it", () => {
    expect(answerError({ text: "", serverError: blankEn, editedSinceSubmit: false }, "en")).toBe(blankEn);
    expect(answerError({ text: "a socket is", serverError: blankEn, editedSinceSubmit: true }, "en")).toBeNull();
    // Choices: no text, same rule.
    expect(answerError({ serverError: blankKo, editedSinceSubmit: false }, "ko")).toBe(blankKo);
    expect(answerError({ serverError: blankKo, editedSinceSubmit: true }, "ko")).toBeNull();
  });

  it("shows nothing for a fine answer with no server error", () => {
    expect(answerError({ text: "x".repeat(MAX_ANSWER_CHARS), serverError: null, editedSinceSubmit: false }, "en")).toBeNull();
  });
});

describe("answer length and problems", () => {
  it("counts characters as typed, arrays summed", () => {
    expect(answerLength("abc")).toBe(3);
    expect(answerLength(["ab", "cd"])).toBe(4);
    expect(isOverLong("x".repeat(MAX_ANSWER_CHARS))).toBe(false);
    expect(isOverLong(long)).toBe(true);
  });

  it("checks length before blankness: a very long run of spaces is too long, not 'answer first'", () => {
    expect(answerProblem(" ".repeat(MAX_ANSWER_CHARS + 1))).toBe("too_long");
    expect(answerProblem("   ")).toBe("blank");
    expect(answerProblem([])).toBe("blank");
    expect(answerProblem(["", " "])).toBe("blank");
    expect(answerProblem(["a"])).toBeNull();
    expect(answerProblem("a socket")).toBeNull();
  });

  it("counts a CRLF line break (how browsers post a textarea) as the one character that was typed", () => {
    expect(normalizeNewlines("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    const typed = `${"x".repeat(99)}\n`.repeat(50); // 5,000 characters in the textarea
    expect(isOverLong(typed)).toBe(false);
    expect(isOverLong(typed.replace(/\n/g, "\r\n"))).toBe(true);
    expect(isOverLong(normalizeNewlines(typed.replace(/\n/g, "\r\n")))).toBe(false);
  });

  it("words both problems in each language", () => {
    expect(answerProblemMessage("blank", "en")).toBe("Choose or type an answer first.");
    expect(answerProblemMessage("blank", "ko")).toBe("먼저 답을 고르거나 입력하세요.");
    expect(answerProblemMessage("too_long", "ko")).toContain("5,000자");
  });
});
