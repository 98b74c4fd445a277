import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFrom } from "./errors";

describe("field errors in the user's language", () => {
  const schema = z.object({ index: z.number().int(), answerId: z.string() }).strict();
  const errors = (input: unknown, locale: "ko" | "en") => fieldErrorsFrom(schema.safeParse(input).error!, locale);
  it("a missing field is 'required'; a field of the wrong type says which type it needs", () => {
    expect(errors({ answerId: "x" }, "en")).toEqual({ index: ["This field is required."] });
    expect(errors({ index: "0", answerId: "x" }, "en")).toEqual({ index: ["Wrong type (expected number)."] });
    expect(errors({ index: null, answerId: "x" }, "ko")).toEqual({ index: ["형식이 올바르지 않습니다(number 필요)."] });
    expect(errors({ index: 1 }, "ko")).toEqual({ answerId: ["필수 항목입니다."] });
  });
});
