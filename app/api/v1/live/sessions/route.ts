import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/request-session";
import { createSession, listHostedSessions } from "@/lib/dal/live";
import { apiHandler, json, parseWith, readJsonBody } from "@/lib/http/api";
import { createSessionSchema } from "@/lib/validation/live";

export const GET = apiHandler("/api/v1/live/sessions", async (req, { locale }) => json({ items: await listHostedSessions(db, await requireApiUser(req), locale) }));

/** Host a quiz: a new session in the lobby with a fresh join code. */
export const POST = apiHandler("/api/v1/live/sessions", async (req, { locale }) => {
  const user = await requireApiUser(req);
  const body = parseWith(createSessionSchema, await readJsonBody(req, 4 * 1024), locale);
  return json(await createSession(db, user, body.quiz, body.locale ?? locale), { status: 201 });
});
