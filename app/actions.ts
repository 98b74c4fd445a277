"use server";
/** Site-wide server actions. Next checks the Origin header of every action (CSRF). */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALES } from "@/lib/content/schema";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { localPathSchema } from "@/lib/validation/redirect";

const setLocaleSchema = z.object({
  locale: z.enum(LOCALES),
  // The page the switch was on, read by the browser at submit time; only a same-origin path.
  returnTo: localPathSchema("/"),
});

export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale"), returnTo: formData.get("returnTo") ?? "/" });
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      // A language preference is not a secret: no Secure flag, so it also works on plain http://localhost.
      httpOnly: true,
    });
  }
  redirect(parsed.success ? parsed.data.returnTo : "/");
}
