"use client";
/**
 * Create, copy, renew and stop the report's share link. Only the token's hash is stored, so
 * the link is shown once, right after it is made; later visits see that sharing is on and
 * can make a new link (the old one stops working) or stop sharing.
 */
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/locale";
import { studyMessages } from "@/lib/i18n/study";

export function ShareControls({ id, sharedAt, locale, timeZone }: { id: string; sharedAt: string | null; locale: Locale; timeZone: string }) {
  const t = studyMessages(locale).interview;
  const [token, setToken] = useState<string | null>(null); // a link made in this visit
  const [since, setSince] = useState(sharedAt);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = token ? `${typeof window === "undefined" ? "" : window.location.origin}/r/${token}` : null;

  async function create() {
    setBusy(true);
    const res = await api<{ token: string }>(`/api/v1/interviews/${id}/share`, { method: "POST", body: {} });
    setBusy(false);
    if (res.ok) {
      setToken(res.data.token);
      setSince(new Date().toISOString());
      setStatus(null);
    } else setStatus(res.error.message);
  }

  async function stop() {
    setBusy(true);
    const res = await api(`/api/v1/interviews/${id}/share`, { method: "DELETE", body: {} });
    setBusy(false);
    if (res.ok) {
      setToken(null);
      setSince(null);
      setStatus(t.revoked);
    } else setStatus(res.error.message);
  }

  const stopButton = (
    <button type="button" className="btn-secondary text-rose-800 dark:text-rose-300" disabled={busy} onClick={stop}>
      {t.revoke}
    </button>
  );
  return (
    <section className="card p-5 sm:p-6" aria-labelledby="share">
      <h2 id="share" className="text-lg font-bold">{t.share}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.shareHint}</p>
      {url ? (
        <div className="mt-3 space-y-2">
          <label htmlFor="share-url" className="label">{t.shareLink}</label>
          <p id="share-once" className="text-sm text-slate-700 dark:text-slate-300">{t.shareOnce}</p>
          <div className="flex flex-wrap gap-2">
            <input id="share-url" readOnly value={url} aria-describedby="share-once" className="field min-w-0 flex-1 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
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
            {stopButton}
          </div>
        </div>
      ) : since ? (
        <div className="mt-3 space-y-2">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t.sharedSince(new Date(since).toLocaleString(locale === "ko" ? "ko-KR" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }))}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-primary" disabled={busy} onClick={create}>
              {t.shareRenew}
            </button>
            {stopButton}
          </div>
        </div>
      ) : (
        <button type="button" className="btn-primary mt-3" disabled={busy} onClick={create}>
          {t.shareCreate}
        </button>
      )}
      {status && <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">{status}</p>}
    </section>
  );
}
