/** Building requests for route handlers called directly (no server), as a browser would send them. */
import { expect } from "vitest";

export const BASE = "http://localhost:3000";

export interface RequestOptions {
  method?: string;
  /** Sent as JSON (content-type application/json unless headers say otherwise). */
  body?: unknown;
  /** Sent as is; overrides `body`. */
  raw?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export function request(path: string, init: RequestOptions = {}): Request {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  let body: string | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
  return new Request(`${BASE}${path}`, { method: init.method ?? (body !== undefined ? "POST" : "GET"), headers, body });
}

/** The second argument of a dynamic route's handler. */
export function params<T extends object>(p: T): { params: Promise<T> } {
  return { params: Promise.resolve(p) };
}

/** A JSON response's body (typed loosely, like Response.json()); fails the test if the response is not JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function jsonOf<T = any>(res: Response): Promise<T> {
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  return (await res.json()) as T;
}

/** Joins cookie header values ("a=1", "locale=ko") into one header. */
export function cookies(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join("; ");
}
