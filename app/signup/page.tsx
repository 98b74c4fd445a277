import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/account/auth-forms";
import { currentUser } from "@/lib/auth/session";
import { githubEnabled } from "@/lib/auth/options";
import { getI18n } from "@/lib/i18n/server";
import { studyMessages } from "@/lib/i18n/study";
import { safeReturnTo } from "@/lib/validation/return-to";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: studyMessages(locale).auth.signUpTitle };
}

export default async function SignUpPage({ searchParams }: { searchParams: Search }) {
  const { locale } = await getI18n();
  const t = studyMessages(locale).auth;
  const next = safeReturnTo((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold sm:text-3xl">{t.signUpTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.signUpLead}</p>
      <div className="card mt-6 p-5 sm:p-6">
        <SignUpForm locale={locale} next={next} github={githubEnabled()} />
      </div>
    </div>
  );
}
