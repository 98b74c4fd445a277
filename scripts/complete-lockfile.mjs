#!/usr/bin/env node
/**
 * The npm registry reachable from our machines serves only the Linux builds of some
 * platform-specific optional packages (e.g. @next/swc-darwin-arm64 is a 404). `npm install`
 * then leaves them out of package-lock.json and `npm ci` refuses the lock as "out of sync".
 * This adds the missing optional entries with their os/cpu, so `npm ci` accepts the lock
 * and skips them on Linux exactly as it would with a complete lock. Run after `npm install`:
 *   node scripts/complete-lockfile.mjs
 * See docs/decisions/005-lockfile.md.
 */
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm64", "arm", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p)) ?? (name.includes("wasm32") ? "wasm32" : undefined);
  const libc = parts.find((p) => p === "gnu" || p === "musl" || p.startsWith("gnueabi") || p.startsWith("musleabi"));
  return { os, cpu, libc: libc ? (libc.startsWith("musl") ? "musl" : "glibc") : undefined };
}

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const pkgs = lock.packages;
let added = 0;

for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    // Resolve like Node: nested node_modules first, then each ancestor, then the root.
    const segments = path ? path.split("node_modules/").filter(Boolean) : [];
    let found = false;
    for (let i = segments.length; i >= 0 && !found; i--) {
      const prefix = segments.slice(0, i).map((s) => `node_modules/${s.replace(/\/$/, "")}/`).join("");
      if (pkgs[`${prefix}node_modules/${dep}`]) found = true;
    }
    if (found) continue;
    if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(spec)) {
      console.warn(`skip ${dep}@${spec}: not an exact version`);
      continue;
    }
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) {
      console.warn(`skip ${dep}: cannot tell its platform`);
      continue;
    }
    const entry = { version: spec, optional: true };
    if (meta.dev) entry.dev = true;
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    if (libc) entry.libc = [libc];
    pkgs[`node_modules/${dep}`] = entry;
    added++;
  }
}

lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entr${added === 1 ? "y" : "ies"}`);
