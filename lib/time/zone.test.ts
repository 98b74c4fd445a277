import { describe, expect, it } from "vitest";
import { addDays, dayKey, isTimeZone, startOfDay, streak, todayBounds } from "./zone";

describe("time zones", () => {
  it("puts the same instant on different days in Seoul and New York", () => {
    const t = new Date("2026-11-21T16:30:00Z"); // 01:30 on the 22nd in Seoul, 11:30 on the 21st in New York
    expect(dayKey(t, "Asia/Seoul")).toBe("2026-11-22");
    expect(dayKey(t, "America/New_York")).toBe("2026-11-21");
  });

  it("finds the start of a day, also across a DST change", () => {
    expect(startOfDay("2026-11-22", "Asia/Seoul").toISOString()).toBe("2026-11-21T15:00:00.000Z");
    expect(startOfDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    const b = todayBounds(new Date("2026-03-08T12:00:00Z"), "America/New_York");
    expect(b.end.getTime() - b.start.getTime()).toBe(23 * 3600_000);
  });

  it("rejects unknown zones", () => {
    expect(isTimeZone("Asia/Seoul")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });

  it("counts a streak that may not include today yet", () => {
    expect(streak(["2026-11-19", "2026-11-20", "2026-11-21"], "2026-11-21")).toBe(3);
    expect(streak(["2026-11-19", "2026-11-20"], "2026-11-21")).toBe(2);
    expect(streak(["2026-11-18", "2026-11-20"], "2026-11-21")).toBe(1);
    expect(streak([], "2026-11-21")).toBe(0);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
