/**
 * A live quiz's clients over real HTTP, for the benchmark and the cluster tests: JSON requests
 * with cookies, sign-in through Auth.js's credentials callback, and an EventSource-like stream
 * reader that reconnects with Last-Event-ID, as a browser's EventSource does.
 */
import http from "node:http";

// One connection per student when they all answer at once, as phones would (a shared pool would queue in the client).
export const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface Reply {
  status: number;
  body: string;
  setCookie: string[];
  headers: http.IncomingHttpHeaders;
}

/** JSON in and out (a string body is sent as a form), cookies as a plain header. */
export function request(base: string, method: string, path: string, body?: unknown, cookie?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const req = http.request(
      base + path,
      {
        method,
        agent,
        headers: {
          ...(data !== undefined && { "content-type": typeof body === "string" ? "application/x-www-form-urlencoded" : "application/json", "content-length": Buffer.byteLength(data) }),
          ...(cookie && { cookie }),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, setCookie: res.headers["set-cookie"] ?? [], headers: res.headers }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (data !== undefined) req.write(data);
    req.end();
  });
}

/** The `name=value` pairs of Set-Cookie headers, as a Cookie header. */
export const cookieJar = (setCookie: string[]) => setCookie.map((c) => c.split(";")[0]).join("; ");

/** Signs in with email and password; returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await request(base, "GET", "/api/auth/csrf");
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const res = await request(base, "POST", "/api/auth/callback/credentials", new URLSearchParams({ email, password, csrfToken: token, json: "true" }).toString(), cookieJar(csrf.setCookie));
  const session = res.setCookie.find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session.split(";")[0]!;
}

export interface Stream {
  close(): void;
  /** Connections made after the first (the stream was dropped and came back). */
  reconnects: number;
  /** The id of the last event received (the state version). */
  lastId: string | undefined;
}

export type StateEvent = { state: { phase: string; index: number; startedAt: number | null; endsAt: number | null; version: number }; question: { options: { key: string }[] } | null; emittedAt: number };

/**
 * Reads `state` events from a live stream, calling `onState` with each one's data and arrival
 * time. Resolves once connected. With `reconnect`, a dropped stream is reopened after
 * `retryMs` with Last-Event-ID, until closed or the server answers 204 (the quiz is over).
 */
export function openStream(base: string, path: string, cookie: string, onState: (data: StateEvent, at: number) => void, opts: { reconnect?: boolean; retryMs?: number } = {}): Promise<Stream> {
  let closed = false;
  let current: http.ClientRequest | undefined;
  const stream: Stream = {
    reconnects: 0,
    lastId: undefined,
    close() {
      closed = true;
      current?.destroy();
    },
  };
  const connect = (first: boolean) =>
    new Promise<void>((resolve, reject) => {
      let retried = false;
      const again = () => {
        if (retried || closed || !opts.reconnect) return;
        retried = true;
        setTimeout(() => {
          if (closed) return;
          stream.reconnects++;
          connect(false).catch(again);
        }, opts.retryMs ?? 500);
      };
      const req = http.get(base + path, { headers: { cookie, accept: "text/event-stream", ...(stream.lastId !== undefined && { "last-event-id": stream.lastId }) } }, (res) => {
        if (res.statusCode === 204) {
          closed = true;
          res.resume();
          return resolve();
        }
        if (res.statusCode !== 200) {
          res.resume();
          if (first) return reject(new Error(`stream ${path}: ${res.statusCode}`));
          again();
          return resolve();
        }
        res.setEncoding("utf8");
        let buf = "";
        res.on("data", (chunk: string) => {
          const at = Date.now();
          buf += chunk;
          let end;
          while ((end = buf.indexOf("\n\n")) >= 0) {
            const block = buf.slice(0, end);
            buf = buf.slice(end + 2);
            const lines = block.split("\n");
            const id = lines.find((l) => l.startsWith("id: "));
            if (id) stream.lastId = id.slice(4);
            if (!lines.includes("event: state")) continue;
            const line = lines.find((l) => l.startsWith("data: "));
            if (line) onState(JSON.parse(line.slice(6)) as StateEvent, at);
          }
        });
        res.on("end", again);
        res.on("error", () => undefined); // "end" or "close" follows
        res.on("close", () => (res.complete ? undefined : again()));
        resolve();
      });
      current = req;
      req.on("error", (err) => {
        if (first) return err.message.includes("socket hang up") ? undefined : reject(err);
        again();
      });
    });
  return connect(true).then(() => stream);
}
