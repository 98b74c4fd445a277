import "server-only";
import { headers } from "next/headers";

/** This site's public origin as the browser sees it (NEXTAUTH_URL wins; else Host and X-Forwarded-Proto). */
export async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0]!.trim()}://${host}`;
}
