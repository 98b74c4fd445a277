/** zod schemas for account input: sign-up, sign-in, settings, password change, deletion. */
import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";
import { PASSWORD_MAX } from "@/lib/auth/password";
import { isTimeZone } from "@/lib/time/zone";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email());

/** Length and strength are checked by passwordProblem() so the message can say why. */
const password = z.string().min(1).max(PASSWORD_MAX * 4);

export const timeZoneSchema = z.string().refine(isTimeZone, { message: "Unknown time zone" });

export const signUpSchema = z
  .object({
    email: emailSchema,
    password,
    name: z.string().trim().max(60).optional(),
    locale: z.enum(LOCALES).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
export type SignUpInput = z.output<typeof signUpSchema>;

export const credentialsSchema = z.object({ email: emailSchema, password }).strip();

export const settingsSchema = z
  .object({
    name: z.string().trim().max(60).optional(),
    locale: z.enum(LOCALES).optional(),
    timeZone: timeZoneSchema.optional(),
    dailyNewCards: z.number().int().min(0).max(200).optional(),
  })
  .strict();
export type SettingsInput = z.output<typeof settingsSchema>;

export const changePasswordSchema = z.object({ currentPassword: z.string().max(PASSWORD_MAX * 4), newPassword: password }).strict();

export const deleteAccountSchema = z.object({ confirm: z.string().max(PASSWORD_MAX * 4) }).strict();

export const roleSchema = z.enum(["student", "teacher"]);
export type Role = z.infer<typeof roleSchema>;
