/**
 * Every route module under app/api, found on disk, with its declared spec. server.ts builds
 * its fast path and its early body-size refusals from this table, so a route's limits are
 * declared once, in the route file. Tests use it to check that each declared path matches
 * its file and that no handler bypasses the pipeline.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RouteHandler } from "./route";

export const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export interface RouteEntry {
  /** "/api/v1/live/sessions/[id]/answers", from the file's location. */
  path: string;
  file: string;
  pattern: RegExp;
  /** Names of the dynamic segments, in order; a catch-all's value is an array. */
  segments: { name: string; catchAll: boolean }[];
  handlers: Partial<Record<(typeof METHODS)[number], RouteHandler>>;
}

export function routeFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "route.ts") out.push(p);
    }
  };
  walk(path.join(root, "app", "api"));
  return out.sort();
}

export function routePathOf(root: string, file: string): string {
  return "/" + path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/");
}

export function compilePath(routePath: string): { pattern: RegExp; segments: RouteEntry["segments"] } {
  const segments: RouteEntry["segments"] = [];
  const source = routePath
    .split("/")
    .map((part) => {
      const catchAll = /^\[\.\.\.(\w+)\]$/.exec(part);
      if (catchAll) {
        segments.push({ name: catchAll[1]!, catchAll: true });
        return "(.+)";
      }
      const dyn = /^\[(\w+)\]$/.exec(part);
      if (dyn) {
        segments.push({ name: dyn[1]!, catchAll: false });
        return "([^/]+)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { pattern: new RegExp(`^${source}$`), segments };
}

export async function loadRouteTable(root: string): Promise<RouteEntry[]> {
  const entries: RouteEntry[] = [];
  for (const file of routeFiles(root)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const handlers: RouteEntry["handlers"] = {};
    for (const m of METHODS) if (typeof mod[m] === "function") handlers[m] = mod[m] as RouteHandler;
    const p = routePathOf(root, file);
    entries.push({ path: p, file, ...compilePath(p), handlers });
  }
  return entries;
}

/** The entry and the decoded path params for a request path, or undefined. */
export function matchRoute(table: RouteEntry[], pathname: string): { entry: RouteEntry; params: Record<string, string | string[]> } | undefined {
  for (const entry of table) {
    const m = entry.pattern.exec(pathname);
    if (!m) continue;
    const params: Record<string, string | string[]> = {};
    try {
      entry.segments.forEach((s, i) => (params[s.name] = s.catchAll ? m[i + 1]!.split("/").map(decodeURIComponent) : decodeURIComponent(m[i + 1]!)));
    } catch {
      return undefined; // malformed %-escape: let Next answer it
    }
    return { entry, params };
  }
  return undefined;
}
