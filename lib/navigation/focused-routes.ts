/**
 * Pages that get a focused shell instead of the site's header, navigation and footer: a
 * student's live-quiz screen (/play/<session>), where a stray tap on a nav link mid-question
 * would leave the quiz. Client-safe; read by the root layout's chrome switch on every
 * navigation, client-side ones included.
 */
const FOCUSED_PREFIXES = ["/play/"] as const;

export function isFocusedRoute(pathname: string | null | undefined): boolean {
  if (!pathname) return false;
  return FOCUSED_PREFIXES.some((prefix) => pathname.startsWith(prefix) && pathname.length > prefix.length);
}
