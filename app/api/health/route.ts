import { route } from "@/lib/http/route";

// A constant answer: liveness probe, and the framework's ceiling in `npm run bench`.
export const GET = route({ path: "/api/health", auth: "none" }, async () => ({ ok: true }));
