import "./next-als";
/**
 * Runs a route handler inside the request scope Next.js gives it in production, so that
 * code calling `cookies()` / `headers()` from next/headers (next-auth v4's App Router handler
 * does) can be exercised by a plain vitest test. Uses the same store factory as Next's
 * AppRouteRouteModule; only the parts those two functions read are provided.
 */
import type { NextRequest } from "next/server";
// Next's own internals (CommonJS): the same module instances next/headers reads from.
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";

export function inRequestScope<T>(req: NextRequest, route: string, fn: () => Promise<T>): Promise<T> {
  const implicitTags = { tags: [], expirationsByCacheKind: new Map(), revalidatedAt: 0 };
  const previewProps = { previewModeId: "test", previewModeEncryptionKey: "test", previewModeSigningKey: "test" };
  const requestStore = createRequestStoreForAPI(req, req.nextUrl, implicitTags as never, undefined, previewProps, undefined);
  const workStore = { route, page: route, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false } as never;
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
}
