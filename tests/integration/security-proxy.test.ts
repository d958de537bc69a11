// What proxy.ts and the one trusted-proxy rule (lib/http/trusted-proxy.ts) guarantee before any page runs:
// malformed addresses and hosts end in a plain French 400, never a 500; what the client says about its
// host, protocol and address is believed only behind a trusted proxy (signature evidence included); the
// internal /s/ segment stays unreachable; pages get a nonce CSP, HSTS over HTTPS.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);

import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { clientIp } from "@/lib/http/trusted-proxy";
import { requestOrigin } from "@/lib/signatures/request-origin";
import { SITE_HOST_HEADER } from "@/lib/tenancy/site-headers";
import { db } from "@/lib/db";
import { DEMO_HOSTS } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

const HOST = `${DEMO_HOSTS.formapro}:3000`;
const visit = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://${HOST}${path}`, { headers: { host: HOST, ...headers } }));
/** The request headers proxy.ts hands to the app (Next carries them as x-middleware-request-*). */
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

afterEach(() => {
  delete process.env.TRUST_FORWARDED_HOST;
  delete process.env.TRUSTED_PROXY_HOPS;
});
afterAll(() => db.$disconnect());

describe("bad input at the door", () => {
  it("answers invalid percent-encoding and control characters in the path with a plain French 400", async () => {
    for (const path of ["/%ff", "/factures/%ff/pdf", "/factures/%00/pdf", "/participants/%0d%0aSet-Cookie:x", "/%c3%28"]) {
      const response = await visit(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const body = await response.text();
      expect(body).toContain("Adresse invalide");
      expect(body).not.toMatch(/at |Error|stack/);
    }
  });

  it("answers a Host no URL can hold with a 400, and an unknown host with a 404", async () => {
    for (const host of ["formapro.localhost:99999", "formapro.localhost:0", "formapro.localhost:abc", "evil.test/../x"])
      expect({ host, status: (await proxy(new NextRequest(`http://${HOST}/login`, { headers: { host } }))).status }).toEqual({
        host,
        status: 400,
      });
    expect((await proxy(new NextRequest("http://inconnu.localhost/login", { headers: { host: "inconnu.localhost" } }))).status).toBe(404);
  });

  it("pins the host and protocol the app sees, whatever the client sent (Auth.js builds its URLs from them)", async () => {
    const response = await visit("/login", {
      "x-forwarded-proto": "evil",
      "x-forwarded-host": "evil.test",
      [SITE_HOST_HEADER]: DEMO_HOSTS.horizon,
    });
    expect(forwarded(response, "x-forwarded-proto")).toBe("http");
    expect(forwarded(response, "x-forwarded-host")).toBe(HOST);
    expect(forwarded(response, SITE_HOST_HEADER)).toBe(DEMO_HOSTS.formapro);
    process.env.TRUST_FORWARDED_HOST = "1";
    const behindProxy = await visit("/login", { "x-forwarded-proto": "evil", "x-forwarded-host": `${DEMO_HOSTS.horizon}` });
    expect(forwarded(behindProxy, "x-forwarded-proto")).toBe("http");
    expect(forwarded(behindProxy, SITE_HOST_HEADER)).toBe(DEMO_HOSTS.horizon);
  });

  it("keeps the internal /s/ segment unreachable in every encoding: a path only ever lands in the resolved site", async () => {
    for (const path of [
      `/s/${DEMO_HOSTS.horizon}/login`,
      "/s",
      `/%73/${DEMO_HOSTS.horizon}/login`,
      `/s%2f${DEMO_HOSTS.horizon}/login`,
      `//s/${DEMO_HOSTS.horizon}/login`,
      `/./s/${DEMO_HOSTS.horizon}/login`,
    ]) {
      const response = await visit(path);
      const target = response.headers.get("x-middleware-rewrite");
      expect({
        path,
        safe:
          response.status === 404 ||
          response.status === 400 ||
          new URL(target!, "http://x").pathname.startsWith(`/s/${DEMO_HOSTS.formapro}/`),
      }).toEqual({
        path,
        safe: true,
      });
    }
  });
});

describe("the client's address", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("is unknown without a trusted proxy, whatever X-Forwarded-For or X-Real-IP say", () => {
    expect(clientIp(headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }))).toBeNull();
  });

  it("behind a trusted proxy is the address the proxy appended, not one the client wrote before it", () => {
    process.env.TRUST_FORWARDED_HOST = "1";
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(headers({ "x-forwarded-for": "pas-une-adresse" }))).toBeNull();
    expect(clientIp(headers({ "x-real-ip": "203.0.113.9" }))).toBeNull();
    process.env.TRUSTED_PROXY_HOPS = "2"; // a CDN in front of the load balancer
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.2" }))).toBe("198.51.100.4");
  });

  it("in a signature's evidence follows the same rule", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro, headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "user-agent": "UA" } });
    expect(await requestOrigin()).toEqual({ ip: null, userAgent: "UA" });
    process.env.TRUST_FORWARDED_HOST = "1";
    simulateRequest({ host: DEMO_HOSTS.formapro, headers: { "x-forwarded-for": "6.6.6.6, 192.0.2.44", "user-agent": "UA" } });
    expect(await requestOrigin()).toEqual({ ip: "192.0.2.44", userAgent: "UA" });
  });
});

describe("security headers", () => {
  const policy = (response: Response) => response.headers.get("content-security-policy") ?? "";

  it("gives every page a strict policy with a fresh nonce", async () => {
    const [first, second] = [await visit("/login"), await visit("/admin")];
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'"])
      expect(policy(first)).toContain(directive);
    expect(policy(first)).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    const scriptSrc = policy(first)
      .split("; ")
      .find((directive) => directive.startsWith("script-src"))!;
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policy(first).match(/nonce-([^']+)/)![1]).not.toBe(policy(second).match(/nonce-([^']+)/)![1]);
    // Next reads the nonce from the request's policy to put it on its scripts.
    expect(forwarded(first, "content-security-policy")).toBe(policy(first));
  });

  it("leaves a route handler's own policy alone (a download's sandbox)", async () => {
    expect(policy(await visit("/stockage/fichiers/x"))).toBe("");
    expect(policy(await visit("/branding/x.svg"))).toBe("");
  });

  it("sends HSTS over HTTPS only, as a trusted proxy reports it", async () => {
    expect((await visit("/login", { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toBeNull();
    process.env.TRUST_FORWARDED_HOST = "1";
    const https = await visit("/login", { "x-forwarded-proto": "https" });
    expect(https.headers.get("strict-transport-security")).toBe("max-age=63072000");
    expect(policy(https)).toContain("upgrade-insecure-requests");
    expect((await visit("/login", { "x-forwarded-proto": "http" })).headers.get("strict-transport-security")).toBeNull();
  });
});
