/**
 * Browser side of our JSON API: one fetch wrapper that returns either the data or the
 * server's error (message and field errors, already in the user's language).
 */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  fieldErrors: Record<string, string[]>;
  retryAfter: number | null;
}
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiError };

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}, fallback = "Request failed"): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, error: { status: 0, code: "network", message: fallback, fieldErrors: {}, retryAfter: null } };
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  if (res.ok) return { ok: true, status: res.status, data: data as T };
  const e = (data as { error?: { code?: string; message?: string; fieldErrors?: Record<string, string[]> } } | null)?.error;
  const retry = Number(res.headers.get("retry-after"));
  return {
    ok: false,
    error: { status: res.status, code: e?.code ?? "error", message: e?.message ?? fallback, fieldErrors: e?.fieldErrors ?? {}, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null },
  };
}

/** Signs in through next-auth's credentials endpoint (CSRF token first, as next-auth requires). */
export async function signInWithPassword(email: string, password: string): Promise<ApiResult<{ url: string }>> {
  const csrf = await api<{ csrfToken: string }>("/api/auth/csrf");
  if (!csrf.ok) return csrf;
  let res: Response;
  try {
    res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken: csrf.data.csrfToken, json: "true" }),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, error: { status: 0, code: "network", message: "", fieldErrors: {}, retryAfter: null } };
  }
  const data = (await res.json().catch(() => null)) as { url?: string; error?: { code: string; message: string; fieldErrors?: Record<string, string[]> } } | null;
  if (res.ok && data?.url && !new URL(data.url, location.href).searchParams.has("error")) return { ok: true, status: res.status, data: { url: data.url } };
  const retry = Number(res.headers.get("retry-after"));
  return {
    ok: false,
    error: { status: res.status, code: data?.error?.code ?? "error", message: data?.error?.message ?? "", fieldErrors: data?.error?.fieldErrors ?? {}, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null },
  };
}

/**
 * The sign-in right after a sign-up. Sign-up answers the same whether or not the email already
 * had an account (it reveals nothing), so a refused password here means the email belongs to an
 * existing account: say so, as a field error on the email, instead of "not correct".
 */
export async function signInAfterSignUp(email: string, password: string, existingAccountMessage: string): Promise<ApiResult<{ url: string }>> {
  const res = await signInWithPassword(email, password);
  if (res.ok || res.error.status !== 401) return res;
  return { ok: false, error: { ...res.error, message: existingAccountMessage, fieldErrors: { email: [existingAccountMessage] } } };
}

export async function signOut(): Promise<void> {
  const csrf = await api<{ csrfToken: string }>("/api/auth/csrf");
  if (csrf.ok) {
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.data.csrfToken, json: "true" }),
      credentials: "same-origin",
    }).catch(() => undefined);
  }
}
