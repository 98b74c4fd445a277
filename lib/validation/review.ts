import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";

const slug = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** all · weak · topic:<topic id> · interview:<interview id> */
export const deckSchema = z.union([
  z.literal("all"),
  z.literal("weak"),
  z.string().regex(/^topic:[a-z0-9-]{1,40}$/),
  z.string().regex(/^interview:[a-z0-9]{10,40}$/),
]);
export type Deck = z.infer<typeof deckSchema>;

export const nextCardQuerySchema = z.object({ deck: deckSchema.optional(), locale: z.enum(LOCALES).optional() }).strict();

export const rateSchema = z
  .object({
    question: slug,
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    /** The card's review count the learner saw: a second submit of the same review is refused. */
    reps: z.number().int().min(0).max(100_000),
    suggested: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  })
  .strict();
export type RateInput = z.output<typeof rateSchema>;
