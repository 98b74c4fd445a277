"use client";
import { useEffect, useSyncExternalStore } from "react";
import { getMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/locale";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The root layout already set <html lang>; read it instead of asking the server again.
  const lang = useSyncExternalStore(
    () => () => {},
    () => document.documentElement.lang,
    () => "ko",
  );
  const locale = isLocale(lang) ? lang : "ko";
  useEffect(() => {
    console.error(error);
  }, [error]);
  const t = getMessages(locale);
  return (
    <div className="mx-auto max-w-lg py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t.errors.errorTitle}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{t.errors.errorBody}</p>
      <button type="button" onClick={reset} className="btn-primary mt-6">{t.errors.retry}</button>
    </div>
  );
}
