"use client";
import { useState } from "react";
import { hardNavigate } from "@/lib/client/navigate";
import { signOut } from "@/lib/client/api";

export function SignOutButton({ label, className }: { label: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      className={className}
      onClick={async () => {
        setBusy(true);
        await signOut();
        hardNavigate("/");
      }}
    >
      {label}
    </button>
  );
}
