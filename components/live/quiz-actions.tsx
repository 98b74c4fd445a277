"use client";
/** Host / duplicate / delete buttons on a quiz row. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { api } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/locale";
import { liveMessages } from "@/lib/i18n/live";

export function QuizActions({ id, locale }: { id: string; locale: Locale }) {
  const t = liveMessages(locale).teach;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="btn-primary min-h-9 px-3"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const res = await api<{ id: string }>("/api/v1/live/sessions", { body: { quiz: id, locale } });
          if (res.ok) router.push(`/teach/live/${res.data.id}`);
          else {
            setError(res.error.message);
            setBusy(false);
          }
        }}
      >
        {busy ? t.hosting : t.host}
      </button>
      <a href={`/teach/quizzes/${id}`} className="btn-secondary min-h-9 px-3">{t.edit}</a>
      <button
        type="button"
        className="btn-secondary min-h-9 px-3"
        onClick={async () => {
          const res = await api<{ id: string }>(`/api/v1/quizzes/${id}/duplicate`, { method: "POST", body: {} });
          if (res.ok) router.refresh();
          else setError(res.error.message);
        }}
      >
        {t.duplicate}
      </button>
      <button
        type="button"
        className="btn-secondary min-h-9 px-3 text-rose-800 dark:text-rose-300"
        onClick={async () => {
          if (!window.confirm(t.confirmDelete)) return;
          const res = await api(`/api/v1/quizzes/${id}`, { method: "DELETE", body: {} });
          if (res.ok) router.refresh();
          else setError(res.error.message);
        }}
      >
        {t.delete}
      </button>
      {error && <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-300">{error}</p>}
    </div>
  );
}
