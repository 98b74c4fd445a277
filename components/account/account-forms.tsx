"use client";
/** Account settings, password change, data export and account deletion. */
import { useState } from "react";
import { api, signInWithPassword, type ApiError } from "@/lib/client/api";
import { hardNavigate } from "@/lib/client/navigate";
import type { Locale } from "@/lib/i18n/locale";
import { studyMessages } from "@/lib/i18n/study";

interface Account {
  email: string;
  name: string | null;
  role: "student" | "teacher";
  timeZone: string;
  dailyNewCards: number;
  hasPassword: boolean;
}

function Status({ error, ok }: { error: ApiError | null; ok: string | null }) {
  if (error) return <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">{error.message}</p>;
  if (ok) return <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">{ok}</p>;
  return null;
}

const zones = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  } catch {
    return [];
  }
})();

export function AccountForms({ locale, account }: { locale: Locale; account: Account }) {
  const t = studyMessages(locale).account;
  const [settings, setSettings] = useState<{ error: ApiError | null; ok: string | null }>({ error: null, ok: null });
  const [pw, setPw] = useState<{ error: ApiError | null; ok: string | null }>({ error: null, ok: null });
  const [del, setDel] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const zoneList = zones.includes(account.timeZone) ? zones : [account.timeZone, ...zones];

  return (
    <div className="space-y-6">
      <section className="card p-5 sm:p-6" aria-labelledby="profile">
        <h2 id="profile" className="font-bold">{t.profile}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {account.email} · {t.role}: {t.roles[account.role]}
        </p>
        <form
          className="mt-4 grid gap-4 sm:grid-cols-2"
          onSubmit={async (e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            setBusy("settings");
            const res = await api("/api/v1/account", { method: "PATCH", body: { name: String(f.get("name") ?? ""), timeZone: String(f.get("timeZone")), dailyNewCards: Number(f.get("dailyNewCards")) } });
            setBusy(null);
            setSettings(res.ok ? { error: null, ok: t.saved } : { error: res.error, ok: null });
          }}
        >
          <div>
            <label htmlFor="acc-name" className="label">{studyMessages(locale).auth.name}</label>
            <input id="acc-name" name="name" defaultValue={account.name ?? ""} maxLength={60} className="field" />
          </div>
          <div>
            <label htmlFor="acc-tz" className="label">{t.timeZone}</label>
            <select id="acc-tz" name="timeZone" defaultValue={account.timeZone} className="field" aria-describedby="acc-tz-hint">
              {zoneList.map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
            <p id="acc-tz-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.timeZoneHint}</p>
          </div>
          <div>
            <label htmlFor="acc-daily" className="label">{t.dailyNewCards}</label>
            <input id="acc-daily" name="dailyNewCards" type="number" min={0} max={200} defaultValue={account.dailyNewCards} className="field max-w-32" />
          </div>
          <div className="flex items-end gap-3 sm:col-span-2">
            <button type="submit" className="btn-primary" disabled={busy === "settings"}>{t.save}</button>
            <Status {...settings} />
          </div>
        </form>
      </section>

      {account.hasPassword && (
        <section className="card p-5 sm:p-6" aria-labelledby="pw">
          <h2 id="pw" className="font-bold">{t.passwordTitle}</h2>
          <form
            className="mt-4 grid gap-4 sm:grid-cols-2"
            onSubmit={async (e) => {
              e.preventDefault();
              const form = e.currentTarget;
              const f = new FormData(form);
              const newPassword = String(f.get("newPassword") ?? "");
              setBusy("pw");
              const res = await api("/api/v1/account/password", { body: { currentPassword: String(f.get("currentPassword") ?? ""), newPassword } });
              if (res.ok) {
                // The change signed out every session, this one too: sign back in with the new password.
                await signInWithPassword(account.email, newPassword);
                form.reset();
              }
              setBusy(null);
              setPw(res.ok ? { error: null, ok: t.passwordChanged } : { error: res.error, ok: null });
            }}
          >
            <div>
              <label htmlFor="pw-current" className="label">{t.currentPassword}</label>
              <input id="pw-current" name="currentPassword" type="password" autoComplete="current-password" required className="field" />
              {pw.error?.fieldErrors.currentPassword && <p className="mt-1 text-sm text-rose-700 dark:text-rose-300">{pw.error.fieldErrors.currentPassword.join(" ")}</p>}
            </div>
            <div>
              <label htmlFor="pw-new" className="label">{t.newPassword}</label>
              <input id="pw-new" name="newPassword" type="password" autoComplete="new-password" required minLength={10} maxLength={128} className="field" />
              {pw.error?.fieldErrors.newPassword && <p className="mt-1 text-sm text-rose-700 dark:text-rose-300">{pw.error.fieldErrors.newPassword.join(" ")}</p>}
            </div>
            <div className="flex items-end gap-3 sm:col-span-2">
              <button type="submit" className="btn-primary" disabled={busy === "pw"}>{t.changePassword}</button>
              <Status error={pw.error && !pw.error.fieldErrors.currentPassword && !pw.error.fieldErrors.newPassword ? pw.error : null} ok={pw.ok} />
            </div>
          </form>
        </section>
      )}

      <section className="card p-5 sm:p-6" aria-labelledby="export">
        <h2 id="export" className="font-bold">{t.exportTitle}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.exportBody}</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <a href="/api/v1/me/export?format=json" className="btn-secondary" download>{t.exportJson}</a>
          <a href="/api/v1/me/export?format=csv" className="btn-secondary" download>{t.exportCsv}</a>
        </div>
      </section>

      <section className="card border-rose-200 p-5 sm:p-6 dark:border-rose-900" aria-labelledby="delete">
        <h2 id="delete" className="font-bold text-rose-800 dark:text-rose-300">{t.deleteTitle}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.deleteBody}</p>
        <form
          className="mt-4 space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            setBusy("delete");
            const res = await api("/api/v1/account", { method: "DELETE", body: { confirm: String(f.get("confirm") ?? "") } });
            if (res.ok) {
              hardNavigate("/");
              return;
            }
            setBusy(null);
            setDel(res.error);
          }}
        >
          <div className="max-w-sm">
            <label htmlFor="del-confirm" className="label">{account.hasPassword ? t.deleteConfirm : t.deleteConfirmEmail}</label>
            <input id="del-confirm" name="confirm" type={account.hasPassword ? "password" : "email"} autoComplete={account.hasPassword ? "current-password" : "off"} required className="field" />
          </div>
          <button type="submit" className="btn bg-rose-700 text-white hover:bg-rose-800" disabled={busy === "delete"}>{t.deleteButton}</button>
          {del && <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">{del.message}</p>}
        </form>
      </section>
    </div>
  );
}
