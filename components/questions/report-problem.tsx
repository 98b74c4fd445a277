"use client";
/**
 * "Report a problem with this question": a disclosure under every question, for anyone,
 * signed in or not. Works without JavaScript (a plain form posting to a server action);
 * with it, the count and the errors update as you type.
 */
import { useActionState, useState } from "react";
import { reportAction, type ReportState } from "@/app/questions/[slug]/actions";
import type { Locale } from "@/lib/i18n/locale";
import { reportMessages } from "@/lib/i18n/reports";
import { REPORT_FIELDS, REPORT_MAX_CHARS } from "@/lib/validation/reports";
import { AnswerError } from "./answer-feedback";

const initial: ReportState = { status: "idle" };

export function ReportProblem({ slug, locale }: { slug: string; locale: Locale }) {
  const [round, setRound] = useState(0);
  const t = reportMessages(locale);
  return (
    <details className="card mt-8 p-4 sm:p-5" data-testid="report-problem">
      <summary className="cursor-pointer select-none text-sm font-semibold text-slate-700 dark:text-slate-200">{t.form.open}</summary>
      <ReportForm key={round} slug={slug} locale={locale} onAnother={() => setRound((n) => n + 1)} />
    </details>
  );
}

function ReportForm({ slug, locale, onAnother }: { slug: string; locale: Locale; onAnother: () => void }) {
  const t = reportMessages(locale);
  const [state, action, pending] = useActionState(reportAction, initial);
  const [text, setText] = useState("");
  if (state.status === "sent") {
    return (
      <div className="mt-3">
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{t.form.thanks}</p>
        <button type="button" className="btn-secondary mt-3" onClick={onAnother}>{t.form.another}</button>
      </div>
    );
  }
  const error = state.status === "error" ? state.message : null;
  const over = text.length > REPORT_MAX_CHARS;
  return (
    <form action={action} className="mt-3 space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.form.lead}</p>
      <input type="hidden" name="slug" value={slug} />
      <div>
        <label htmlFor="report-field" className="block text-sm font-medium">{t.form.field}</label>
        <select id="report-field" name="field" defaultValue="" className="field mt-1">
          <option value="">{t.form.fieldAny}</option>
          {REPORT_FIELDS.map((f) => (
            <option key={f} value={f}>{t.fields[f]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-message" className="block text-sm font-medium">{t.form.message}</label>
        <textarea
          id="report-message"
          name="message"
          rows={4}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={Boolean(error) || over}
          aria-describedby={error ? "report-help report-error" : "report-help"}
          className="field mt-1 resize-y"
        />
        <p id="report-help" className={`mt-1 flex justify-between gap-2 text-xs ${over ? "text-rose-700 dark:text-rose-300" : "text-slate-500 dark:text-slate-400"}`}>
          <span>{t.form.messageHint(REPORT_MAX_CHARS)}</span>
          <span>{t.form.count(text.length, REPORT_MAX_CHARS)}</span>
        </p>
        <AnswerError id="report-error" message={over ? t.form.tooLong(REPORT_MAX_CHARS) : error} className="mt-2" />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending || over}>{pending ? t.form.sending : t.form.submit}</button>
    </form>
  );
}
