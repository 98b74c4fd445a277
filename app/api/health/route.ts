// A constant answer: liveness probe, and the framework's ceiling in `npm run bench`.
export function GET(): Response {
  return new Response('{"ok":true}', { headers: { "content-type": "application/json", "cache-control": "no-store" } });
}
