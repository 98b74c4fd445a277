"use client";
/**
 * Sign-in and sign-up forms. Errors come from the server already translated; a throttled
 * sign-in shows how long to wait. After sign-up, practice kept on this device is offered
 * for import once.
 */
import { useState } from "react";
import { hardNavigate } from "@/lib/client/navigate";
import Link from "next/link";
import { api, signInAfterSignUp, signInWithPassword, type ApiError } from "@/lib/client/api";
import { clearPracticeLog, readPracticeLog } from "@/lib/client/practice-log";
import type { Locale } from "@/lib/i18n/locale";
import { studyMessages } from "@/lib/i18n/study";

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700 dark:text-rose-300">
      {messages.join(" ")}
    </p>
  );
}

function Alert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
      {children}
    </p>
  );
}

async function githubSignIn(callbackUrl: string) {
  const csrf = await api<{ csrfToken: string }>("/api/auth/csrf");
  if (!csrf.ok) return;
  const form = document.createElement("form");
  form.method = "POST";
  form.action = "/api/auth/signin/github";
  for (const [k, v] of Object.entries({ csrfToken: csrf.data.csrfToken, callbackUrl })) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = k;
    input.value = v;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

export function SignInForm({ locale, next, github, initialError }: { locale: Locale; next: string; github: boolean; initialError?: string }) {
  const t = studyMessages(locale).auth;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-5">
      {initialError && <Alert>{initialError}</Alert>}
      <form
        className="space-y-4"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          setBusy(true);
          const res = await signInWithPassword(String(data.get("email") ?? ""), String(data.get("password") ?? ""));
          if (res.ok) {
            hardNavigate(next);
            return;
          }
          setError(res.error);
          setBusy(false);
        }}
      >
        {error && <Alert>{error.message || t.genericError}</Alert>}
        <div>
          <label htmlFor="email" className="label">{t.email}</label>
          <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} className="field" />
        </div>
        <div>
          <label htmlFor="password" className="label">{t.password}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={512} className="field" />
        </div>
        <button type="submit" className="btn-primary w-full" disabled={busy}>{busy ? t.working : t.submitSignIn}</button>
      </form>
      {github && <GitHubButton label={t.github} or={t.or} next={next} />}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t.noAccount}{" "}
        <Link href={`/signup?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{studyMessages(locale).nav.signUp}</Link>
      </p>
    </div>
  );
}

function GitHubButton({ label, or, next }: { label: string; or: string; next: string }) {
  return (
    <>
      <p className="flex items-center gap-3 text-xs uppercase text-slate-500 dark:text-slate-400"><span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />{or}<span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" /></p>
      <button type="button" className="btn-secondary w-full" onClick={() => githubSignIn(next)}>{label}</button>
    </>
  );
}

export function SignUpForm({ locale, next, github }: { locale: Locale; next: string; github: boolean }) {
  const t = studyMessages(locale).auth;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<number | null>(null); // local attempts waiting for the import offer
  const [imported, setImported] = useState<string | null>(null);

  if (pending !== null) {
    return (
      <div className="space-y-4" aria-live="polite">
        <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{t.welcome}</p>
        {imported ? (
          <p>{imported}</p>
        ) : (
          <section aria-labelledby="import-title" className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
            <h2 id="import-title" className="font-bold">{t.importTitle}</h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.importBody(pending)}</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                type="button"
                className="btn-primary"
                disabled={busy}
                onClick={async () => {
                  setBusy(true);
                  const res = await api<{ imported: number; skipped: number }>("/api/v1/me/attempts/import", { body: { attempts: readPracticeLog() } });
                  clearPracticeLog();
                  setBusy(false);
                  setImported(res.ok ? t.imported(res.data.imported, res.data.skipped) : res.error.message);
                }}
              >
                {t.importYes}
              </button>
              <button type="button" className="btn-secondary" disabled={busy} onClick={() => { clearPracticeLog(); hardNavigate(next); }}>
                {t.importNo}
              </button>
            </div>
          </section>
        )}
        {imported && <a href={next} className="btn-primary">{t.continue}</a>}
      </div>
    );
  }

  const fe = error?.fieldErrors ?? {};
  const shownInline = Boolean(fe.email || fe.password); // said next to the field: not again on top
  return (
    <div className="space-y-5">
      <form
        className="space-y-4"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const email = String(data.get("email") ?? "");
          const password = String(data.get("password") ?? "");
          setBusy(true);
          setError(null);
          const created = await api("/api/v1/account", {
            body: { email, password, name: String(data.get("name") ?? "") || undefined, locale, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
          });
          if (!created.ok) {
            setError(created.error);
            setBusy(false);
            return;
          }
          const signedIn = await signInAfterSignUp(email, password, t.signUpExisting);
          if (!signedIn.ok) {
            setError(signedIn.error);
            setBusy(false);
            return;
          }
          const local = readPracticeLog().length;
          if (local > 0) {
            setBusy(false);
            setPending(local);
          } else hardNavigate(next);
        }}
      >
        {error && !shownInline && <Alert>{error.message}</Alert>}
        <div>
          <label htmlFor="name" className="label">{t.name}</label>
          <input id="name" name="name" type="text" autoComplete="nickname" maxLength={60} className="field" />
        </div>
        <div>
          <label htmlFor="email" className="label">{t.email}</label>
          <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} className="field" aria-invalid={Boolean(fe.email)} aria-describedby={fe.email ? "email-error" : undefined} />
          <FieldError id="email-error" messages={fe.email} />
        </div>
        <div>
          <label htmlFor="password" className="label">{t.password}</label>
          <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={128} className="field" aria-invalid={Boolean(fe.password)} aria-describedby={`password-hint${fe.password ? " password-error" : ""}`} />
          <p id="password-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.passwordHint}</p>
          <FieldError id="password-error" messages={fe.password} />
        </div>
        <button type="submit" className="btn-primary w-full" disabled={busy}>{busy ? t.working : t.submitSignUp}</button>
      </form>
      {github && <GitHubButton label={t.github} or={t.or} next={next} />}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t.haveAccount}{" "}
        <Link href={`/signin?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{studyMessages(locale).nav.signIn}</Link>
      </p>
    </div>
  );
}
