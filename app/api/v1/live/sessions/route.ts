import { createSession, listHostedSessions } from "@/lib/dal/live";
import { json } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { createSessionSchema } from "@/lib/validation/live";

export const GET = route({ path: "/api/v1/live/sessions", auth: "user" }, async ({ db, user, locale }) => ({ items: await listHostedSessions(db, user, locale) }));

/** Host a quiz: a new session in the lobby with a fresh join code. */
export const POST = route({ path: "/api/v1/live/sessions", auth: "user", body: createSessionSchema, bodyLimit: 4 * 1024 }, async ({ db, user, body, locale }) =>
  json(await createSession(db, user, body.quiz, body.locale ?? locale), { status: 201 }),
);
