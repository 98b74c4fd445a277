"use client";
import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { api, type ApiError } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/locale";
import { liveMessages } from "@/lib/i18n/live";

const noSubscription = () => () => {};

export function JoinForm({ locale, code, signedInAs }: { locale: Locale; code: string; signedInAs: string | null }) {
  const t = liveMessages(locale).join;
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Until the script runs, the button stays disabled: a native submit would reload the page with the
  // nickname in the URL and the field empty (on a slow phone or a busy server, easy to hit).
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const fe = error?.fieldErrors ?? {};
  return (
    <form
      className="card space-y-4 p-5 sm:p-6"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        setBusy(true);
        setError(null);
        const res = await api<{ sessionId: string }>("/api/v1/live/join", { body: { code: String(f.get("code") ?? "").replace(/\s/g, ""), nickname: String(f.get("nickname") ?? "") } });
        if (res.ok) router.push(`/play/${res.data.sessionId}`);
        else {
          setError(res.error);
          setBusy(false);
        }
      }}
    >
      <div>
        <label htmlFor="join-code" className="label">{t.code}</label>
        <input id="join-code" name="code" defaultValue={code} inputMode="numeric" autoComplete="off" maxLength={9} required className="field text-center font-mono text-3xl tracking-widest" aria-invalid={Boolean(fe.code)} aria-describedby={fe.code ? "join-code-error" : undefined} />
        {fe.code && <p id="join-code-error" className="mt-1 text-sm text-rose-700 dark:text-rose-300">{fe.code.join(" ")}</p>}
      </div>
      <div>
        <label htmlFor="join-nick" className="label">{t.nickname}</label>
        <input id="join-nick" name="nickname" autoComplete="nickname" maxLength={40} required className="field text-lg" aria-invalid={Boolean(fe.nickname)} aria-describedby={`join-nick-hint${fe.nickname ? " join-nick-error" : ""}`} />
        <p id="join-nick-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.nicknameHint}</p>
        {fe.nickname && <p id="join-nick-error" className="mt-1 text-sm text-rose-700 dark:text-rose-300">{fe.nickname.join(" ")}</p>}
      </div>
      {error && !fe.code && !fe.nickname && <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{error.message}</p>}
      {signedInAs && <p className="text-xs text-slate-600 dark:text-slate-400">{t.signedInAs(signedInAs)}</p>}
      <button type="submit" className="btn-primary w-full text-lg" disabled={busy || !ready}>{busy ? t.joining : t.submit}</button>
    </form>
  );
}
