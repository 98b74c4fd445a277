"use client";
/** Create, copy and revoke the report's share link. */
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/locale";
import { studyMessages } from "@/lib/i18n/study";

export function ShareControls({ id, initialToken, locale }: { id: string; initialToken: string | null; locale: Locale }) {
  const t = studyMessages(locale).interview;
  const [token, setToken] = useState(initialToken);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = token ? `${typeof window === "undefined" ? "" : window.location.origin}/r/${token}` : null;
  return (
    <section className="card p-5 sm:p-6" aria-labelledby="share">
      <h2 id="share" className="text-lg font-bold">{t.share}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.shareHint}</p>
      {url ? (
        <div className="mt-3 space-y-2">
          <label htmlFor="share-url" className="label">{t.shareLink}</label>
          <div className="flex flex-wrap gap-2">
            <input id="share-url" readOnly value={url} className="field min-w-0 flex-1 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="btn-secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(url).catch(() => undefined);
                setStatus(t.copied);
              }}
            >
              {t.copy}
            </button>
            <button
              type="button"
              className="btn-secondary text-rose-800 dark:text-rose-300"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                const res = await api(`/api/v1/interviews/${id}/share`, { method: "DELETE", body: {} });
                setBusy(false);
                if (res.ok) {
                  setToken(null);
                  setStatus(t.revoked);
                } else setStatus(res.error.message);
              }}
            >
              {t.revoke}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn-primary mt-3"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const res = await api<{ token: string }>(`/api/v1/interviews/${id}/share`, { method: "POST", body: {} });
            setBusy(false);
            if (res.ok) {
              setToken(res.data.token);
              setStatus(null);
            } else setStatus(res.error.message);
          }}
        >
          {t.shareCreate}
        </button>
      )}
      {status && <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">{status}</p>}
    </section>
  );
}
