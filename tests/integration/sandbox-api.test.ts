/**
 * Sandbox routes: good runs, the scenario list, SSE streaming, and 60+ hostile payloads —
 * hosts and ports in every spelling, extra keys, odd numbers, prototype keys — each a 400
 * before any run is admitted (so no socket is ever opened for them).
 */
import { clientHeaders } from "@/lib/http/client";
import { describe, expect, it } from "vitest";
import { GET as scenariosRoute } from "@/app/api/v1/sandbox/scenarios/route";
import { POST as runsRoute } from "@/app/api/v1/sandbox/runs/route";
import { GET as streamRoute } from "@/app/api/v1/sandbox/runs/stream/route";
import { sandboxGate } from "@/lib/sandbox/instance";
import { SANDBOX_SCENARIOS } from "@/lib/sandbox/types";

const BASE = "http://localhost:3000";
const post = (body: unknown, raw?: string) =>
  runsRoute(new Request(`${BASE}/api/v1/sandbox/runs`, { method: "POST", headers: { "content-type": "application/json", ...clientHeaders("10.9.9.9") }, body: raw ?? JSON.stringify(body) }), {});
const stream = (qs: string, signal?: AbortSignal) => streamRoute(new Request(`${BASE}/api/v1/sandbox/runs/stream?${qs}`, { signal, headers: clientHeaders("10.9.9.8") }), {});

describe("sandbox API", () => {
  it("lists every scenario with titles, parameter schemas, linked questions and the isolation mode", async () => {
    const res = await scenariosRoute(new Request(`${BASE}/api/v1/sandbox/scenarios?locale=en`), {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.scenarios.map((s: { id: string }) => s.id)).toEqual([...SANDBOX_SCENARIOS]);
    for (const s of body.scenarios) expect(s.summary.ko, s.id).toMatch(/[\uAC00-\uD7A3]/);
    expect(body.scenarios.find((s: { id: string }) => s.id === "nagle-nodelay").params.properties.messages).toMatchObject({ minimum: 2, maximum: 10 });
    expect(["namespace", "in-process"]).toContain(body.isolation.mode);
    const multi = body.scenarios.find((s: { id: string }) => s.id === "tcp-multi-client");
    expect(multi.title.ko).toMatch(/[\uAC00-\uD7A3]/);
    expect(multi.params.properties.clients).toMatchObject({ minimum: 1, maximum: 8 });
    expect(multi.params.additionalProperties).toBe(false);
    expect(multi.questions.map((q: { slug: string }) => q.slug)).toContain("one-port-many-sockets");
    const linked = new Set(body.scenarios.flatMap((s: { questions: { slug: string }[] }) => s.questions.map((q) => q.slug)));
    expect(linked.size).toBeGreaterThanOrEqual(50);
  });

  it("runs a scenario and returns its events and summary", async () => {
    const res = await post({ scenario: "tcp-multi-client", params: { clients: 3 } });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.runId).toMatch(/[0-9a-f-]{36}/);
    expect(r.events.filter((e: { call: string }) => e.call === "accept")).toHaveLength(3);
    expect(r.summary.facts.length).toBeGreaterThan(0);
  });

  it("streams events as SSE and ends with an end event", async () => {
    const res = await stream("scenario=tcp-echo");
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const text = await res.text();
    const events = text.split("\n\n").filter(Boolean);
    expect(events.some((e) => e.includes("event: event") && e.includes('"call":"accept"'))).toBe(true);
    expect(events.at(-1)).toMatch(/^id: \d+\nevent: end\ndata: \{/);
  });

  it("a viewer that disconnects cancels the run", async () => {
    const controller = new AbortController();
    const res = await stream("scenario=listen-backlog&backlog=1", controller.signal);
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.cancel();
    // The cancel reaches the run (in-process or in the namespace worker) well before its 3 s deadline.
    const t0 = Date.now();
    while (sandboxGate.running > 0 && Date.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 10));
    expect(sandboxGate.running).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  const hostileBodies: [string, unknown][] = [
    ["host 0.0.0.0", { scenario: "tcp-echo", params: { host: "0.0.0.0" } }],
    ["host ::", { scenario: "tcp-echo", params: { host: "::" } }],
    ["host v4-mapped", { scenario: "tcp-echo", params: { host: "[::ffff:127.0.0.1]" } }],
    ["host hex", { scenario: "tcp-echo", params: { host: "0x7f000001" } }],
    ["host decimal", { scenario: "tcp-echo", params: { host: "2130706433" } }],
    ["metadata IP", { scenario: "tcp-echo", params: { host: "169.254.169.254" } }],
    ["private IP", { scenario: "tcp-echo", params: { host: "10.0.0.1" } }],
    ["host:port", { scenario: "tcp-echo", params: { target: "localhost:5432" } }],
    ["port 3000", { scenario: "tcp-echo", params: { port: 3000 } }],
    ["port 6379", { scenario: "tcp-multi-client", params: { clients: 2, port: 6379 } }],
    ["port as string", { scenario: "connection-refused", params: { port: "6379" } }],
    ["address key", { scenario: "udp-datagram", params: { address: "127.0.0.2" } }],
    ["top-level host", { scenario: "tcp-echo", host: "10.0.0.1" }],
    ["top-level port", { scenario: "tcp-echo", port: 22 }],
    ["extra key", { scenario: "tcp-echo", params: {}, admin: true }],
    ["clients huge", { scenario: "tcp-multi-client", params: { clients: 1e9 } }],
    ["clients 9", { scenario: "tcp-multi-client", params: { clients: 9 } }],
    ["clients 0", { scenario: "tcp-multi-client", params: { clients: 0 } }],
    ["clients negative", { scenario: "tcp-multi-client", params: { clients: -3 } }],
    ["clients fractional", { scenario: "tcp-multi-client", params: { clients: 2.5 } }],
    ["clients string", { scenario: "tcp-multi-client", params: { clients: "3" } }],
    ["clients array", { scenario: "tcp-multi-client", params: { clients: [3] } }],
    ["clients object", { scenario: "tcp-multi-client", params: { clients: { valueOf: 3 } } }],
    ["clients null", { scenario: "tcp-multi-client", params: { clients: null } }],
    ["clients bool", { scenario: "tcp-multi-client", params: { clients: true } }],
    ["clients Infinity-ish", { scenario: "tcp-multi-client", params: { clients: 1e308 } }],
    ["messages 21", { scenario: "tcp-stream-boundaries", params: { messages: 21 } }],
    ["messages 1", { scenario: "tcp-stream-boundaries", params: { messages: 1 } }],
    ["udp messages 6", { scenario: "udp-datagram", params: { messages: 6 } }],
    ["udp clients 5", { scenario: "udp-datagram", params: { clients: 5 } }],
    ["backlog 0", { scenario: "listen-backlog", params: { backlog: 0 } }],
    ["backlog 5", { scenario: "listen-backlog", params: { backlog: 5 } }],
    ["backlog 65535", { scenario: "listen-backlog", params: { backlog: 65535 } }],
    ["param for another scenario", { scenario: "tcp-echo", params: { clients: 2 } }],
    ["ipv6 host", { scenario: "ipv6-dual-stack", params: { host: "::" } }],
    ["ipv6 target", { scenario: "ipv6-dual-stack", params: { target: "[fd00::1]:22" } }],
    ["ipv6Only flag", { scenario: "ipv6-dual-stack", params: { ipv6Only: 0 } }],
    ["nagle messages 11", { scenario: "nagle-nodelay", params: { messages: 11 } }],
    ["nagle messages 1", { scenario: "nagle-nodelay", params: { messages: 1 } }],
    ["zero-window bytes", { scenario: "zero-window", params: { bytes: 1e9 } }],
    ["keepalive delay", { scenario: "keepalive-probes", params: { delay: 1 } }],
    ["rst port", { scenario: "rst-vs-fin", params: { port: 22 } }],
    ["unknown scenario", { scenario: "port-scan", params: {} }],
    ["scenario path", { scenario: "../../etc/passwd" }],
    ["scenario number", { scenario: 1 }],
    ["scenario missing", { params: {} }],
    ["params array", { scenario: "tcp-echo", params: [1, 2] }],
    ["params string", { scenario: "tcp-echo", params: "clients=3" }],
    ["params null", { scenario: "tcp-echo", params: null }],
    ["__proto__ in params", JSON.parse('{"scenario":"tcp-echo","params":{"__proto__":{"host":"10.0.0.1"}}}')],
    ["constructor in params", { scenario: "tcp-echo", params: { constructor: { prototype: { port: 22 } } } }],
    ["__proto__ top-level", JSON.parse('{"scenario":"tcp-echo","__proto__":{"port":22}}')],
    ["bad locale", { scenario: "tcp-echo", locale: "xx" }],
    ["null body", null],
    ["array body", ["tcp-echo"]],
    ["string body", "tcp-echo"],
  ];
  it.each(hostileBodies)("POST rejects %s with 400 and runs nothing", async (_name, body) => {
    const before = sandboxGate.admittedTotal;
    const res = await post(body);
    expect(res.status).toBe(400);
    const err = await res.json();
    expect(err.error.code).toMatch(/validation|invalid_json/);
    expect(sandboxGate.admittedTotal).toBe(before);
  });

  it.each([
    ["bad JSON", "{scenario:"],
    ["huge body", JSON.stringify({ scenario: "tcp-echo", params: { pad: "x".repeat(10_000) } })],
  ])("POST rejects %s without running", async (_name, raw) => {
    const before = sandboxGate.admittedTotal;
    const res = await post(undefined, raw);
    expect([400, 413]).toContain(res.status);
    expect(sandboxGate.admittedTotal).toBe(before);
  });

  const hostileQueries = [
    "scenario=tcp-echo&host=10.0.0.1",
    "scenario=tcp-echo&port=22",
    "scenario=tcp-multi-client&clients=100",
    "scenario=tcp-multi-client&clients=-1",
    "scenario=tcp-multi-client&clients=1.5",
    "scenario=tcp-multi-client&clients=abc",
    "scenario=tcp-multi-client&clients=3&clients=4",
    "scenario=nope",
    "clients=3",
    "scenario=tcp-echo&__proto__=x",
    "scenario=listen-backlog&backlog=0x2",
    "scenario=tcp-echo&target=169.254.169.254:80",
    "scenario=ipv6-dual-stack&host=::",
    "scenario=nagle-nodelay&messages=50",
    "scenario=zero-window&bytes=999",
  ];
  it.each(hostileQueries)("SSE rejects ?%s with a 400 JSON error before streaming", async (qs) => {
    const before = sandboxGate.admittedTotal;
    const res = await stream(qs);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(sandboxGate.admittedTotal).toBe(before);
  });
});
