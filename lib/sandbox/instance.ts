/**
 * The process-wide sandbox: one admission gate, the isolation mode in force, and the client
 * key used for rate limiting. Shared by the sandbox routes.
 */
import { limits } from "@/lib/http/limits";
import { env } from "@/lib/env";
import { isolationMode, type IsolationMode } from "./isolation";
import { kernelViewAvailable, kernelViewSource } from "./kernel";
import { SandboxGate } from "./limits";

const globalForSandbox = globalThis as unknown as { __sandboxGate?: SandboxGate };

export const sandboxGate: SandboxGate =
  globalForSandbox.__sandboxGate ?? (globalForSandbox.__sandboxGate = new SandboxGate({ maxConcurrent: env.SANDBOX_MAX_CONCURRENT, maxPerClient: 2, rate: limits.sandbox }));

export interface IsolationInfo {
  mode: IsolationMode;
  kernelView: boolean;
  /** Where the kernel table comes from in this process: netlink sock_diag, or /proc/net. */
  kernelSource: "netlink" | "proc";
  detail: string;
}

export function isolationInfo(): IsolationInfo {
  const k = kernelViewAvailable();
  const iso = isolationMode();
  return { mode: iso.mode, kernelView: k.available, kernelSource: kernelViewSource(), detail: k.available ? iso.detail : `${iso.detail}; kernel view unavailable: ${k.reason}` };
}

