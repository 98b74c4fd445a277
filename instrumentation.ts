// Runs once when the server boots: a bad environment stops start-up with a clear message.
export async function register() {
  await import("@/lib/env");
}
