"use client";
/** "Leave quiz" in the player's focused bar: a link home that asks first (a mis-tap mid-question costs the rest of the quiz). */
import Link from "next/link";

export function LeaveQuizLink({ label, confirmText }: { label: string; confirmText: string }) {
  return (
    <Link
      href="/"
      onClick={(e) => {
        if (!window.confirm(confirmText)) e.preventDefault();
      }}
      className="inline-flex min-h-9 shrink-0 items-center whitespace-nowrap rounded-xl border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {label}
    </Link>
  );
}
