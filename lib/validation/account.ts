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

export const timeZoneSchema = z.string().refine(isTimeZone, { message: "Unknown time zone", params: { ko: "알 수 없는 시간대입니다.", en: "Unknown time zone." } });

/**
 * A display name: trimmed, at most 60 characters, and no control characters (NUL, escapes, line
 * breaks) — they have no place in a name, and PostgreSQL cannot store NUL at all.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const displayNameSchema = z
  .string()
  .trim()
  .max(60)
  .refine((v) => !CONTROL.test(v), { message: "Control characters are not allowed", params: { ko: "제어 문자는 이름에 쓸 수 없습니다.", en: "A name cannot contain control characters." } });

export const signUpSchema = z
  .object({
    email: emailSchema,
    password,
    name: displayNameSchema.optional(),
    locale: z.enum(LOCALES).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
export type SignUpInput = z.output<typeof signUpSchema>;

export const credentialsSchema = z.object({ email: emailSchema, password }).strip();

export const settingsSchema = z
  .object({
    name: displayNameSchema.optional(),
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
