"use client";
/** Optional: the browser reads each question aloud (speechSynthesis). Off unless turned on. */
import { useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { studyMessages } from "@/lib/i18n/study";

const KEY = "psl:speak";

const listeners = new Set<() => void>();
function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}
function readOn(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

/** [on, set, supported]: a device-wide preference in localStorage; off on the server. */
export function useSpeakSetting(): [boolean, (on: boolean) => void, boolean] {
  const on = useSyncExternalStore(subscribe, readOn, () => false);
  const supported = useSyncExternalStore(subscribe, () => "speechSynthesis" in window, () => false);
  return [
    on,
    (value: boolean) => {
      try {
        localStorage.setItem(KEY, value ? "1" : "0");
      } catch {
        /* ignore */
      }
      if (!value) window.speechSynthesis?.cancel();
      listeners.forEach((l) => l());
    },
    supported,
  ];
}

export function speak(text: string, lang: Locale): void {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
  window.speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang === "ko" ? "ko-KR" : "en-US";
  window.speechSynthesis.speak(u);
}

export function SpeakToggle({ locale }: { locale: Locale }) {
  const [on, set, supported] = useSpeakSetting();
  if (!supported) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={on} onChange={(e) => set(e.target.checked)} />
      {studyMessages(locale).interview.speak}
    </label>
  );
}
