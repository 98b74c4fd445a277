"use client";
/**
 * An answer draft kept in localStorage, so a reload or a crash never loses what was typed.
 * useSyncExternalStore keeps hydration clean: the server renders "", the client then shows
 * the stored draft.
 */
import { useCallback, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
const PREFIX = "psl:draft:";

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key?.startsWith(PREFIX) && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function read(key: string): string {
  try {
    return window.localStorage.getItem(PREFIX + key) ?? "";
  } catch {
    return ""; // storage disabled (private mode, quota): the draft just is not persisted
  }
}

export function useDraft(key: string): [string, (value: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => "",
  );
  const setValue = useCallback(
    (next: string) => {
      try {
        if (next) window.localStorage.setItem(PREFIX + key, next);
        else window.localStorage.removeItem(PREFIX + key);
      } catch {
        // ignore: see read()
      }
      listeners.forEach((l) => l());
    },
    [key],
  );
  return [value, setValue];
}
