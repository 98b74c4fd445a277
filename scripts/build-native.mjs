#!/usr/bin/env node
/**
 * Builds native/sockdiag (the sandbox's netlink socket-table reader) on Linux, with the
 * node-gyp that ships inside npm. Optional: if it cannot build, the sandbox reads /proc/net
 * instead (slower, same facts), so a failure here is a warning, never an install error.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

if (process.platform !== "linux") process.exit(0);
const dir = path.resolve("native/sockdiag");
const candidates = [
  process.env.npm_config_node_gyp,
  path.join(path.dirname(process.execPath), "../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"),
  "/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js",
  "/usr/local/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js",
].filter(Boolean);
const gyp = candidates.find((p) => existsSync(p));
if (!gyp) {
  console.warn("sockdiag: node-gyp not found; the sandbox will read /proc/net instead.");
  process.exit(0);
}
// Node's own headers ship with most installs (<prefix>/include/node): use them rather than
// downloading a headers tarball, which fails on machines that reach only package registries.
const prefix = path.resolve(path.dirname(process.execPath), "..");
const nodedir = existsSync(path.join(prefix, "include/node/node_api.h")) ? [`--nodedir=${prefix}`] : [];
try {
  execFileSync(process.execPath, [gyp, "rebuild", ...nodedir], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  console.log("sockdiag: built native/sockdiag (netlink socket-table reader)");
} catch (err) {
  console.warn(`sockdiag: build failed; the sandbox will read /proc/net instead.\n${String(err.stderr ?? err).slice(0, 500)}`);
}
