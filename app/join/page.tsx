import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { JoinForm } from "@/components/live/join-form";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).join.title };
}

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await getI18n();
  const t = liveMessages(locale).join;
  const raw = (await searchParams).code;
  const code = typeof raw === "string" && /^\d{6,8}$/.test(raw) ? raw : "";
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
      <p className="text-slate-600 dark:text-slate-400">{t.lead}</p>
      <JoinForm locale={locale} code={code} signedInAs={user?.email ?? null} />
    </div>
  );
}
