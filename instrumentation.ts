// Runs once when the server boots: a bad environment or an unusable auth secret (set but
// short or empty) stops start-up with a clear message.
export async function register() {
  await import("@/lib/env");
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/auth/secret")).authSecret();
}
