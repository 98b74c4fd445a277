/**
 * The cluster tests and benchmarks run the shipped deploy/nginx.conf with only its "rewritten"
 * lines changed: this checks the rewrite keeps everything else (the streaming settings are what
 * a deployment copies) and points the rest at the test's own ports and files.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nginxConfig } from "./cluster";

describe("deploy/nginx.conf, rewritten for a local cluster", () => {
  const shipped = readFileSync("deploy/nginx.conf", "utf8");
  const conf = nginxConfig("/tmp/psl-cluster", 3300, [3301, 3302, 3303]);

  it("lists exactly the instances, listens on the given port and keeps its files in the given folder", () => {
    expect(conf.match(/^\s*server 127\.0\.0\.1:\d+ .*;$/gm)).toEqual([3301, 3302, 3303].map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`));
    expect(conf).toMatch(/^\s*listen 127\.0\.0\.1:3300;$/m);
    expect(conf).toContain("pid /tmp/psl-cluster/nginx.pid;");
    expect(conf).toContain("proxy_temp_path /tmp/psl-cluster/proxy;");
    expect(conf).not.toContain("# rewritten");
    expect(conf).not.toMatch(/\/run\/|\/var\//);
    expect(conf).not.toContain("X-Psl-Upstream"); // only when a test asks for it
    expect(nginxConfig("/tmp/x", 1, [2], true)).toContain("add_header X-Psl-Upstream $upstream_addr always;");
  });

  it("keeps every other line of the shipped file, the event-stream settings included", () => {
    const kept = shipped.split("\n").filter((l) => !l.includes("# rewritten"));
    for (const line of kept) expect(conf.split("\n")).toContain(line);
    const events = /location ~ \^\/api\/v1\/live\/sessions\/\[\^\/\]\+\/events\$ \{([^}]*)\}/.exec(conf)?.[1] ?? "";
    expect(events).toContain("proxy_buffering off;");
    expect(events).toContain("proxy_read_timeout 1h;");
    expect(conf).toContain("proxy_set_header X-Forwarded-For $remote_addr;");
  });
});
