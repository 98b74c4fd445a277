import { db } from "@/lib/db";
import { getSharedReport } from "@/lib/dal/interviews";
import { apiHandler, json, parseWith } from "@/lib/http/api";
import { shareTokenSchema } from "@/lib/validation/interview";

type Ctx = { params: Promise<{ token: string }> };

/** A shared interview report, for anyone with the link (no account needed). */
export const GET = apiHandler<Ctx>("/api/v1/shared/[token]", async (_req, { params, locale }) => {
  return json(await getSharedReport(db, parseWith(shareTokenSchema, (await params).token, locale)));
});
