/** Every API route goes through the one pipeline, and declares the path of its own file. */
import { describe, expect, it } from "vitest";
import { compilePath, loadRouteTable, matchRoute } from "@/lib/http/route-table";

describe("the route table", () => {
  it("every handler under app/api is a route() with a spec whose path is its file's", async () => {
    const table = await loadRouteTable(process.cwd());
    expect(table.length).toBeGreaterThanOrEqual(30);
    for (const entry of table) {
      const handlers = Object.entries(entry.handlers);
      expect(handlers.length, entry.file).toBeGreaterThan(0);
      for (const [method, h] of handlers) {
        expect(h.spec, `${method} ${entry.path}`).toBeDefined();
        expect(h.spec.path, `${method} ${entry.file}`).toBe(entry.path);
        if (entry.path.includes("/live/sessions/[id]/")) expect(["player", "host", "viewer"], `${method} ${entry.path}`).toContain(h.spec.auth);
      }
    }
  });

  it("matches request paths to routes with their params, and nothing else", async () => {
    const table = await loadRouteTable(process.cwd());
    expect(matchRoute(table, "/api/v1/live/sessions/abcdefghij12/answers")).toMatchObject({ entry: { path: "/api/v1/live/sessions/[id]/answers" }, params: { id: "abcdefghij12" } });
    expect(matchRoute(table, "/api/auth/callback/credentials")).toMatchObject({ params: { nextauth: ["callback", "credentials"] } });
    expect(matchRoute(table, "/api/v1/grade")?.entry.handlers.POST?.spec.fast).toBe(true);
    expect(matchRoute(table, "/api/v1/nope")).toBeUndefined();
    expect(matchRoute(table, "/api/v1/questions/%E0%A4%A")).toBeUndefined(); // malformed escape: left to Next
    expect(compilePath("/api/v1/a.b/[x]").pattern.test("/api/v1/aXb/1")).toBe(false);
  });
});

describe("the pipeline on its own (callers that bypass server.ts)", () => {
  it("a malformed Host header is 400 JSON, not a 500", async () => {
    const { GET } = await import("@/app/api/v1/questions/route");
    for (const host of ["bad host", "a@evil.example", "x/y"]) {
      const res = await GET(new Request("http://localhost:3000/api/v1/questions", { headers: { host } }), {});
      expect(res.status, host).toBe(400);
      expect((await res.json()).error.code).toBe("bad_request");
    }
  });

  it("unknown and inherited-looking query keys are field errors, not crashes", async () => {
    const { GET } = await import("@/app/api/v1/questions/route");
    for (const q of ["constructor=1", "__proto__=x", "toString=1&locale=ko", "locale=fr"]) {
      const res = await GET(new Request(`http://localhost:3000/api/v1/questions?${q}`), {});
      expect(res.status, q).toBe(400);
      expect((await res.json()).error.fieldErrors).toBeDefined();
    }
  });
});
