import type { Metadata } from "next";
import { AccountForms } from "@/components/account/account-forms";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { studyMessages } from "@/lib/i18n/study";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: studyMessages(locale).account.title };
}

export default async function AccountPage() {
  const user = await requireUser();
  const { locale } = await getI18n();
  const t = studyMessages(locale).account;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
      <div className="mt-6">
        <AccountForms locale={locale} account={{ email: user.email, name: user.name, role: user.role, timeZone: user.timeZone, dailyNewCards: user.dailyNewCards, hasPassword: user.hasPassword }} />
      </div>
    </div>
  );
}
