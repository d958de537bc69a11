// HTTP to this machine's own server with any Host header (the extranet is chosen by host; Node's fetch
// forbids setting Host, and cannot resolve *.localhost by itself). Used by the tests and the soak.
import { request as httpRequest, type Agent } from "node:http";

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface LoopbackRequest {
  port: number;
  host: string;
  path: string;
  method?: string;
  cookie?: string;
  form?: Record<string, string>;
  timeoutMs?: number;
  agent?: Agent;
}

export function loopbackRequest({
  port,
  host,
  path,
  method = "GET",
  cookie,
  form,
  timeoutMs = 15_000,
  agent,
}: LoopbackRequest): Promise<HttpAnswer> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path,
        method,
        agent,
        timeout: timeoutMs,
        headers: {
          host: `${host}:${port}`,
          ...(cookie && { cookie }),
          ...(body && { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) }),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(body);
  });
}

/** The cookies a response sets, as a Cookie header. */
export function cookiesOf(answer: HttpAnswer): string {
  const setCookie = answer.headers["set-cookie"] ?? [];
  return (Array.isArray(setCookie) ? setCookie : [setCookie]).map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Signs in through Auth.js' own credentials flow (CSRF token, then the callback); the session cookie, or null. */
export async function logInOverHttp({
  port,
  host,
  email,
  password,
  cookie,
}: {
  port: number;
  host: string;
  email: string;
  password: string;
  /** Sent with the sign-in (a trusted-device cookie). */
  cookie?: string;
}): Promise<string | null> {
  const csrf = await loopbackRequest({ port, host, path: "/api/auth/csrf" });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await loopbackRequest({
    port,
    host,
    path: "/api/auth/callback/credentials",
    method: "POST",
    cookie: [cookiesOf(csrf), cookie].filter(Boolean).join("; "),
    form: { csrfToken, email, password, callbackUrl: "/" },
  });
  return (
    cookiesOf(answer)
      .split("; ")
      .find((cookie) => cookie.startsWith("authjs.session-token=")) ?? null
  );
}
