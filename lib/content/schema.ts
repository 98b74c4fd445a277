/**
 * The question bank's file format. Every file under content/ is parsed with these
 * schemas at load time (seed, CLI, tests), so a malformed question never reaches the DB.
 * Pure zod: no framework or database imports.
 */
import { z } from "zod";

export const LOCALES = ["ko", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const QUESTION_TYPES = [
  "interview",
  "single-choice",
  "multi-choice",
  "true-false",
  "ordering",
  "short",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Scenario ids of the live socket sandbox (issue 4); content may link to them now. */
export const SANDBOX_SCENARIOS = [
  "tcp-echo",
  "tcp-multi-client",
  "udp-datagram",
  "tcp-stream-boundaries",
  "port-in-use",
  "connection-refused",
  "listen-backlog",
  "half-close",
  "time-wait",
  "ephemeral-range",
  "nagle-nodelay",
  "rst-vs-fin",
  "zero-window",
  "keepalive-probes",
  "ipv6-dual-stack",
] as const;
export type SandboxScenarioId = (typeof SANDBOX_SCENARIOS)[number];

/** The five Korean study notes in ../shared/seeds, by their file-name prefix; "extra" = classic follow-up not in the notes. */
export const SOURCES = ["000", "001", "002", "003", "004", "extra"] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case slug")
  .max(80);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case id").max(60);
const text = z.string().trim().min(1).max(4000);
const hasHangul = (s: string) => /[\uAC00-\uD7A3]/.test(s);

/** Korean text must actually contain Hangul; English text must not. */
export const localizedSchema = z
  .object({ ko: text, en: text })
  .strict()
  .refine((v) => hasHangul(v.ko), { message: "ko text must contain Hangul", path: ["ko"] })
  .refine((v) => !hasHangul(v.en), { message: "en text must not contain Hangul", path: ["en"] });
export type Localized = z.infer<typeof localizedSchema>;

/**
 * A match expression: every group must be found (AND); within a group any alternative
 * counts (OR). Alternatives are plain words or phrases in Korean, English or code
 * (e.g. "accept()", "SOCK_STREAM"); the grader normalises case, particles and inflection.
 */
export const matchSchema = z.array(z.array(z.string().trim().min(1).max(80)).min(1).max(48)).min(1).max(4);

export const keyPointSchema = z
  .object({
    id,
    weight: z.number().int().min(1).max(5),
    /**
     * Core points are the essential ideas of the question: an answer needs all of them to be
     * correct. Depth points (core: false) raise the score and show as "to go further".
     */
    core: z.boolean(),
    label: localizedSchema,
    match: matchSchema,
    /** A sandbox scenario that shows this point live. */
    sandbox: z.enum(SANDBOX_SCENARIOS).optional(),
    /** What the point is about, as question tags: a follow-up that probes it must share one. */
    tags: z.array(id).min(1).max(6).optional(),
  })
  .strict();
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const misconceptionSchema = z
  .object({
    id,
    /** The wrong claim in a few words, shown to the learner. */
    label: localizedSchema,
    /** Patterns that signal the wrong claim (matched within one clause, or one sentence: see scope). */
    match: matchSchema,
    correction: localizedSchema,
    /** major: shows the core idea is misunderstood (caps the verdict); minor: a slip in a detail. */
    severity: z.enum(["major", "minor"]).default("major"),
    /**
     * clause (default): every group in one clause. sentence: the groups may sit in different clauses of
     * one sentence, for a wrong claim a sentence states across a subordinate clause ("when the server calls
     * accept(), the kernel … sends the SYN-ACK"). Only for groups specific enough not to meet by chance.
     */
    scope: z.enum(["clause", "sentence"]).default("clause"),
  })
  .strict();
export type Misconception = z.infer<typeof misconceptionSchema>;

export const followUpSchema = z
  .object({
    slug,
    /** The key point id this follow-up probes; used to pick follow-ups for missed points. */
    probes: id.optional(),
  })
  .strict();

const base = {
  slug,
  topic: id,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  tags: z.array(id).max(10).default([]),
  /** Which seed note(s) the facts come from. */
  sources: z.array(z.enum(SOURCES)).min(1),
  /** Seed concepts (content/seed-concepts.json ids) this question covers. */
  concepts: z.array(id).default([]),
  /** Bump when the meaning of the question or its answer key changes. */
  version: z.number().int().min(1),
  prompt: localizedSchema,
  modelAnswer: localizedSchema,
  explanation: localizedSchema,
  followUps: z.array(followUpSchema).max(8).default([]),
  sandbox: z.array(z.enum(SANDBOX_SCENARIOS)).max(4).default([]),
};

const choiceSchema = z.object({ id, text: localizedSchema, correct: z.boolean() }).strict();

export const interviewQuestionSchema = z
  .object({
    ...base,
    type: z.literal("interview"),
    rubric: z
      .object({
        keyPoints: z.array(keyPointSchema).min(2).max(8),
        misconceptions: z.array(misconceptionSchema).max(24).default([]),
        /** Contrasts (content/contrasts.json ids) whose sides this question's answers compare; see lib/grading/claims.ts. */
        contrasts: z.array(id).max(4).default([]),
      })
      .strict(),
  })
  .strict();

export const singleChoiceQuestionSchema = z
  .object({ ...base, type: z.literal("single-choice"), choices: z.array(choiceSchema).min(2).max(6) })
  .strict()
  .refine((q) => q.choices.filter((c) => c.correct).length === 1, {
    message: "single-choice needs exactly one correct choice",
    path: ["choices"],
  });

export const multiChoiceQuestionSchema = z
  .object({ ...base, type: z.literal("multi-choice"), choices: z.array(choiceSchema).min(3).max(8) })
  .strict()
  .refine((q) => q.choices.some((c) => c.correct) && q.choices.some((c) => !c.correct), {
    message: "multi-choice needs at least one correct and one wrong choice",
    path: ["choices"],
  });

export const trueFalseQuestionSchema = z
  .object({ ...base, type: z.literal("true-false"), answer: z.boolean() })
  .strict();

export const orderingQuestionSchema = z
  .object({
    ...base,
    type: z.literal("ordering"),
    /** Items in the correct order; the page shows them shuffled. */
    items: z.array(z.object({ id, text: localizedSchema }).strict()).min(3).max(8),
  })
  .strict();

export const shortQuestionSchema = z
  .object({
    ...base,
    type: z.literal("short"),
    /** Accepted answers; compared after normalisation (case, width, spaces, "번"/"port" suffixes). */
    accepted: z.array(z.string().trim().min(1).max(60)).min(1).max(20),
  })
  .strict();

export const questionFileSchema = z.discriminatedUnion("type", [
  interviewQuestionSchema,
  singleChoiceQuestionSchema,
  multiChoiceQuestionSchema,
  trueFalseQuestionSchema,
  orderingQuestionSchema,
  shortQuestionSchema,
]);
export type QuestionFile = z.infer<typeof questionFileSchema>;
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

export const topicSchema = z
  .object({ id, order: z.number().int().min(1), title: localizedSchema, description: localizedSchema })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

/** content/interview-topics.json: topics interviews ask about beyond the seed notes, and the questions that cover each. */
export const interviewTopicSchema = z
  .object({ id, label: localizedSchema, questions: z.array(slug).min(2).max(20) })
  .strict();
export type InterviewTopic = z.infer<typeof interviewTopicSchema>;

export const seedConceptSchema = z
  .object({ id, sources: z.array(z.enum(SOURCES)).min(1), label: localizedSchema })
  .strict();
export type SeedConcept = z.infer<typeof seedConceptSchema>;

/**
 * A contrast: two or more sides (TCP/UDP, SYN queue/accept queue…) and properties that belong
 * to exactly one side. An answer that attaches a property to another side (or to "both") makes
 * a swapped claim, graded as a major misconception. Shared by every question that declares it.
 */
const phraseList = z.array(z.string().trim().min(1).max(80)).min(1).max(60);
/** Side and property names are often code terms (TCP, SO_REUSEADDR, TIME_WAIT) in both languages. */
const termLabel = z.object({ ko: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }).strict();
export const contrastSchema = z
  .object({
    id,
    sides: z
      /**
       * Phrases that mention the side. "close()" matches only a word written as a call (not
       * the verb "close"); "=blocking" matches only that exact word (not "blocks").
       */
      .array(z.object({ id, label: termLabel, match: phraseList }).strict())
      .min(2)
      .max(8),
    properties: z
      .array(
        z
          .object({
            id,
            side: id,
            /** The property in a few words ("connection-oriented"), used in feedback. */
            label: termLabel,
            match: phraseList,
            /** false for values (port ranges): a later negation in the clause is about something else. */
            negatable: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(24),
    /**
     * Words that name every side at once for this contrast ("양쪽 다", "both ends", "서버와
     * 클라이언트 모두"): a side-bound property said of them is said of both.
     */
    both: phraseList.optional(),
    /** The sides are the means a property uses ("queries go over UDP"), not its subject: the nearest side in the clause counts. */
    means: z.boolean().optional(),
    /**
     * A contrast of details rather than of ideas (which errno, which call takes the backlog,
     * which ss flag): a wrong claim is a minor slip, and a global one applies to every
     * interview question without being declared.
     */
    severity: z.enum(["major", "minor"]).optional(),
    global: z.boolean().optional(),
    /**
     * Lower-case word starts that put a sentence outside the contrast's usual case (a simultaneous
     * close, an AF_UNIX datagram socket): such a sentence claims nothing for this contrast.
     */
    unless: z.array(z.string().min(2).max(40).regex(/^[^A-Z\s]+$/)).max(16).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const sides = new Set(c.sides.map((s) => s.id));
    c.properties.forEach((p, i) => {
      if (!sides.has(p.side)) ctx.addIssue({ code: "custom", message: `unknown side "${p.side}"`, path: ["properties", i, "side"] });
    });
  });
export type Contrast = z.infer<typeof contrastSchema>;

/** The contrasts a question's rubric declares, resolved from the bank (loadContent has checked every id). */
export function contrastsOf(q: QuestionFile, all: Contrast[]): Contrast[] {
  if (q.type !== "interview") return [];
  const declared = q.rubric.contrasts.map((id) => all.find((c) => c.id === id)).filter((c): c is Contrast => Boolean(c));
  return [...declared, ...all.filter((c) => c.global && !declared.includes(c))];
}
