"use client";
/**
 * Chooses the site's chrome or a focused one by the current path. It lives in the root
 * layout, which is not rendered again on client-side navigation, so it reads the path with
 * usePathname rather than from the request.
 */
import { usePathname } from "next/navigation";
import { isFocusedRoute } from "@/lib/navigation/focused-routes";

export function ChromeSwitch({ site, focused = null }: { site: React.ReactNode; focused?: React.ReactNode }) {
  return <>{isFocusedRoute(usePathname()) ? focused : site}</>;
}
