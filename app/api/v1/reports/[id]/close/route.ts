import { z } from "zod";
import { closeReport } from "@/lib/dal/reports";
import { route } from "@/lib/http/route";
import { reportIdSchema } from "@/lib/validation/reports";

export const POST = route({ path: "/api/v1/reports/[id]/close", auth: "teacher", params: z.object({ id: reportIdSchema }).strict() }, async ({ db, user, params, locale }) => closeReport(db, user, params.id, locale));
