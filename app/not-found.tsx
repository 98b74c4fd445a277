import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="font-mono text-sm text-slate-500">ECONNREFUSED · 404</p>
      <h1 className="mt-2 text-2xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{t.errors.notFoundBody}</p>
      <div className="mt-6 flex justify-center gap-3">
        <Link href="/questions" className="btn-primary">{t.nav.questions}</Link>
        <Link href="/" className="btn-secondary">{t.errors.home}</Link>
      </div>
    </div>
  );
}
