/** Input schemas for the sandbox routes. Parameters are validated per scenario by lib/sandbox. */
import { z } from "zod";
import { LOCALES, SANDBOX_SCENARIOS } from "@/lib/content/schema";

export const runRequestSchema = z
  .object({
    scenario: z.enum(SANDBOX_SCENARIOS),
    // Parameter names are plain lower-case words; prototype keys are refused outright.
    params: z
      .record(
        z
          .string()
          .regex(/^[a-z]{1,20}$/)
          .refine((k) => k !== "constructor" && k !== "prototype", { message: "reserved name" }),
        z.unknown(),
      )
      .optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

/** GET …/runs/stream: the scenario plus its parameters as query keys; anything else is an error. */
export const streamQuerySchema = z
  .object({
    scenario: z.enum(SANDBOX_SCENARIOS),
    clients: z.string().max(3).optional(),
    messages: z.string().max(3).optional(),
    backlog: z.string().max(3).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
