import { z } from "zod";
import { getSharedReport } from "@/lib/dal/interviews";
import { route } from "@/lib/http/route";
import { shareTokenSchema } from "@/lib/validation/interview";

/** A shared interview report, for anyone with the link (no account needed). */
export const GET = route({ path: "/api/v1/shared/[token]", auth: "none", params: z.object({ token: shareTokenSchema }).strict() }, async ({ db, params }) => getSharedReport(db, params.token));
