/**
 * A full page load, on purpose: after signing in or out every server component (header,
 * pages) must render again with the new session cookie, and no client cache may keep the
 * old user's pages.
 */
export function hardNavigate(path: string): void {
  window.location.href = path;
}
