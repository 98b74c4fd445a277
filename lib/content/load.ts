/**
 * Loads and cross-checks the question bank from content/. Used by the seed, the grading
 * CLI and the tests. Throws ContentError listing every problem found, file by file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  contrastSchema,
  interviewTopicSchema,
  misconceptionSchema,
  questionFileSchema,
  seedConceptSchema,
  topicSchema,
  type Contrast,
  type InterviewTopic,
  type KeyPoint,
  type QuestionFile,
  type SeedConcept,
  type Topic,
} from "./schema";

/** The 15 interview questions every release must carry (issue 2). */
export const CANONICAL_SLUGS = [
  "what-is-a-port",
  "what-is-a-socket",
  "port-vs-socket",
  "port-number-ranges",
  "server-socket-flow",
  "client-socket-flow",
  "listen-backlog",
  "accept-returns-new-socket",
  "tcp-socket-identification",
  "ephemeral-port",
  "socket-types",
  "socket-as-file-descriptor",
  "well-known-ports",
  "socket-library-vs-syscall",
  "one-port-many-sockets",
] as const;

/**
 * Questions nothing needs to link to: entry points a learner reaches from the topic list, not
 * as someone's follow-up. Every other question must be some question's follow-up, so the
 * interview runner and "what to ask next" can reach it.
 */
export const ROOT_SLUGS: readonly string[] = [];

export interface ContentBank {
  topics: Topic[];
  concepts: SeedConcept[];
  questions: QuestionFile[];
  /** content/contrasts.json: sides and side-bound properties, declared by questions' rubrics. */
  contrasts: Contrast[];
  /** content/interview-topics.json: what interviews ask beyond the seed notes → the questions on it. */
  interviewTopics: InterviewTopic[];
}

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`content/ has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "ContentError";
  }
}

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), "content");

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    problems.push(`${path.basename(file)}: not valid JSON (${(err as Error).message})`);
    return undefined;
  }
}

function describe(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** Parse every file and check the references between them. */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR): ContentBank {
  const problems: string[] = [];

  const topicsRaw = readJson(path.join(dir, "topics.json"), problems);
  const topicsParsed = z.array(topicSchema).safeParse(topicsRaw);
  if (!topicsParsed.success) problems.push(...describe("topics.json", topicsParsed.error));
  const topics = topicsParsed.success ? topicsParsed.data : [];

  const conceptsRaw = readJson(path.join(dir, "seed-concepts.json"), problems);
  const conceptsParsed = z.array(seedConceptSchema).safeParse(conceptsRaw);
  if (!conceptsParsed.success) problems.push(...describe("seed-concepts.json", conceptsParsed.error));
  const concepts = conceptsParsed.success ? conceptsParsed.data : [];

  const contrastsRaw = readJson(path.join(dir, "contrasts.json"), problems);
  const contrastsParsed = z.array(contrastSchema).safeParse(contrastsRaw);
  if (!contrastsParsed.success) problems.push(...describe("contrasts.json", contrastsParsed.error));
  const contrasts = contrastsParsed.success ? contrastsParsed.data : [];

  const interviewTopicsRaw = readJson(path.join(dir, "interview-topics.json"), problems);
  const interviewTopicsParsed = z.array(interviewTopicSchema).safeParse(interviewTopicsRaw);
  if (!interviewTopicsParsed.success) problems.push(...describe("interview-topics.json", interviewTopicsParsed.error));
  const interviewTopics = interviewTopicsParsed.success ? interviewTopicsParsed.data : [];

  // Common slips (content/slips.json): minor misconceptions every interview question checks.
  const slipsRaw = readJson(path.join(dir, "slips.json"), problems);
  const slipsParsed = z.array(misconceptionSchema).safeParse(slipsRaw ?? []);
  if (!slipsParsed.success) problems.push(...describe("slips.json", slipsParsed.error));
  const slips = slipsParsed.success ? slipsParsed.data : [];
  for (const x of slips) if (!x.id.startsWith("slip-") || x.severity !== "minor") problems.push(`slips.json: ${x.id} must start with "slip-" and be minor`);
  // Common misconceptions (content/common-misconceptions.json): classic wrong beliefs about how
  // connections work that any answer may state ("the server gives each client a new port"); major.
  const commonRaw = readJson(path.join(dir, "common-misconceptions.json"), problems);
  const commonParsed = z.array(misconceptionSchema).safeParse(commonRaw ?? []);
  if (!commonParsed.success) problems.push(...describe("common-misconceptions.json", commonParsed.error));
  const common = commonParsed.success ? commonParsed.data : [];
  for (const x of common) if (!x.id.startsWith("common-") || x.severity !== "major") problems.push(`common-misconceptions.json: ${x.id} must start with "common-" and be major`);
  const global = [...slips, ...common];

  const qdir = path.join(dir, "questions");
  const files = readdirSync(qdir).filter((f) => f.endsWith(".json")).sort();
  const questions: QuestionFile[] = [];
  for (const file of files) {
    const raw = readJson(path.join(qdir, file), problems);
    if (raw === undefined) continue;
    const parsed = questionFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describe(`questions/${file}`, parsed.error));
      continue;
    }
    if (`${parsed.data.slug}.json` !== file) problems.push(`questions/${file}: slug "${parsed.data.slug}" must match the file name`);
    const q = parsed.data;
    if (q.type === "interview") q.rubric.misconceptions = [...q.rubric.misconceptions, ...global.filter((x) => !q.rubric.misconceptions.some((m) => m.id === x.id))];
    questions.push(q);
  }

  problems.push(...checkReferences({ topics, concepts, questions, contrasts, interviewTopics }));
  if (problems.length) throw new ContentError(problems);
  return { topics, concepts, questions, contrasts, interviewTopics };
}

/**
 * A follow-up that probes a key point must be about that point: the point's tags name its
 * subject, and the target question must share one of them.
 */
function checkProbe(where: string, point: KeyPoint, target: QuestionFile | undefined): string[] {
  if (!target) return [];
  const about = `follow-up "${target.slug}" probes key point "${point.id}"`;
  if (!point.tags?.length) return [`${where}: ${about}, which has no tags saying what it is about`];
  if (!point.tags.some((t) => target.tags.includes(t)))
    return [`${where}: ${about} [${point.tags.join(", ")}], but "${target.slug}" is about none of those [${target.tags.join(", ")}]`];
  return [];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

export function checkReferences({ topics, concepts, questions, contrasts, interviewTopics }: ContentBank): string[] {
  const problems: string[] = [];
  const contrastIds = new Set(contrasts.map((c) => c.id));
  for (const d of duplicates(contrasts.map((c) => c.id))) problems.push(`contrasts.json: duplicate contrast ${d}`);
  for (const c of contrasts) {
    for (const d of duplicates(c.sides.map((x) => x.id))) problems.push(`contrasts.json: ${c.id}: duplicate side ${d}`);
    for (const d of duplicates(c.properties.map((x) => x.id))) problems.push(`contrasts.json: ${c.id}: duplicate property ${d}`);
  }
  const topicIds = new Set(topics.map((t) => t.id));
  const conceptIds = new Set(concepts.map((c) => c.id));
  const bySlug = new Map(questions.map((q) => [q.slug, q]));

  for (const d of duplicates(topics.map((t) => t.id))) problems.push(`topics.json: duplicate topic ${d}`);
  for (const d of duplicates(concepts.map((c) => c.id))) problems.push(`seed-concepts.json: duplicate concept ${d}`);
  for (const d of duplicates(questions.map((q) => q.slug))) problems.push(`duplicate slug ${d}`);

  for (const q of questions) {
    const where = `questions/${q.slug}.json`;
    if (!topicIds.has(q.topic)) problems.push(`${where}: unknown topic "${q.topic}"`);
    for (const c of q.concepts) if (!conceptIds.has(c)) problems.push(`${where}: unknown concept "${c}"`);
    const keyPointIds = q.type === "interview" ? q.rubric.keyPoints.map((k) => k.id) : [];
    for (const f of q.followUps) {
      if (!bySlug.has(f.slug)) problems.push(`${where}: follow-up "${f.slug}" does not exist`);
      if (f.slug === q.slug) problems.push(`${where}: follows up on itself`);
      if (f.probes && !keyPointIds.includes(f.probes))
        problems.push(`${where}: follow-up "${f.slug}" probes unknown key point "${f.probes}"`);
      else if (f.probes && q.type === "interview") problems.push(...checkProbe(where, q.rubric.keyPoints.find((k) => k.id === f.probes)!, bySlug.get(f.slug)));
    }
    for (const d of duplicates(q.followUps.map((f) => f.slug))) problems.push(`${where}: duplicate follow-up ${d}`);
    for (const d of duplicates(q.sandbox)) problems.push(`${where}: duplicate sandbox scenario ${d}`);
    if (q.type === "interview") {
      for (const d of duplicates(keyPointIds)) problems.push(`${where}: duplicate key point ${d}`);
      for (const d of duplicates(q.rubric.misconceptions.map((m) => m.id))) problems.push(`${where}: duplicate misconception ${d}`);
      if (!q.rubric.keyPoints.some((k) => k.core)) problems.push(`${where}: needs at least one core key point`);
      for (const c of q.rubric.contrasts) if (!contrastIds.has(c)) problems.push(`${where}: unknown contrast "${c}"`);
    }
    if (q.type === "single-choice" || q.type === "multi-choice")
      for (const d of duplicates(q.choices.map((c) => c.id))) problems.push(`${where}: duplicate choice ${d}`);
    if (q.type === "ordering") for (const d of duplicates(q.items.map((i) => i.id))) problems.push(`${where}: duplicate item ${d}`);
  }

  for (const d of duplicates(interviewTopics.map((t) => t.id))) problems.push(`interview-topics.json: duplicate topic ${d}`);
  for (const t of interviewTopics) {
    for (const slug of t.questions) if (!bySlug.has(slug)) problems.push(`interview-topics.json: ${t.id}: question "${slug}" does not exist`);
    if (!t.questions.some((slug) => bySlug.get(slug)?.type === "interview")) problems.push(`interview-topics.json: ${t.id}: needs an interview question`);
  }

  const linked = new Set(questions.flatMap((q) => q.followUps.map((f) => f.slug)));
  for (const q of questions)
    if (!linked.has(q.slug) && !ROOT_SLUGS.includes(q.slug))
      problems.push(`questions/${q.slug}.json: no question links here as a follow-up (link it from a related question, or list it in ROOT_SLUGS)`);
  for (const slug of ROOT_SLUGS) if (!bySlug.has(slug)) problems.push(`ROOT_SLUGS: "${slug}" does not exist`);

  for (const slug of CANONICAL_SLUGS) {
    const q = bySlug.get(slug);
    if (!q) {
      problems.push(`canonical question "${slug}" is missing`);
      continue;
    }
    if (q.type !== "interview") {
      problems.push(`canonical question "${slug}" must be an interview question`);
      continue;
    }
    const n = q.rubric.keyPoints.length;
    if (n < 3 || n > 6) problems.push(`canonical question "${slug}" needs 3–6 key points, has ${n}`);
    if (q.rubric.misconceptions.length < 1) problems.push(`canonical question "${slug}" needs at least one misconception`);
  }
  return problems;
}
