import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";

export const localeQuerySchema = z.object({ locale: z.enum(LOCALES).optional() }).strict();
