import { describe, expect, it } from "vitest";
import { isFocusedRoute } from "./focused-routes";

describe("isFocusedRoute", () => {
  it("is true on a student's live-quiz screen", () => {
    expect(isFocusedRoute("/play/abc123def456")).toBe(true);
    expect(isFocusedRoute("/play/abc123def456/")).toBe(true);
  });

  it("is false everywhere else, including the join page and the host's screens", () => {
    for (const p of ["/", "/join", "/play", "/play/", "/player", "/questions", "/teach/live/abc123def456", "/sandbox", "/interview/abc", null, undefined, ""]) {
      expect(isFocusedRoute(p), String(p)).toBe(false);
    }
  });
});
