/**
 * Next.js's server sets globalThis.AsyncLocalStorage before loading route code; its request
 * scope (next/headers) falls back to a stub that throws without it. Import this module first.
 */
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
