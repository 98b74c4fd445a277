"use client";
/** The "Close" button on a report in the teachers' list. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { api } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/locale";
import { reportMessages } from "@/lib/i18n/reports";

export function CloseReportButton({ id, locale, label }: { id: string; locale: Locale; label: string }) {
  const t = reportMessages(locale).list;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="btn-secondary min-h-9 px-3"
        disabled={busy}
        aria-label={`${t.close}: ${label}`}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const res = await api<{ id: string }>(`/api/v1/reports/${encodeURIComponent(id)}/close?locale=${locale}`, { method: "POST", body: {} });
          if (res.ok) router.refresh();
          else setError(res.error.message);
          setBusy(false);
        }}
      >
        {busy ? t.closing : t.close}
      </button>
      {error && <span role="alert" className="text-sm text-rose-700 dark:text-rose-300">{error}</span>}
    </span>
  );
}
