/**
 * The client's address for rate limits. Behind our own server the last X-Forwarded-For hop
 * is the socket's peer (Next appends it), which a client cannot forge; earlier hops can be.
 */
export function clientIp(headers: Headers): string {
  const xff = headers.get("x-forwarded-for");
  const last = xff?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "local";
}
