import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { db } from "../db";
import { clientIp } from "../http/trusted-proxy";
import { SITE_HOST_HEADER } from "../tenancy/site-headers";
import { authenticate, type AuthenticateResult } from "./authenticate";
import { endSession } from "./end-sessions";
import { loginSchema } from "./login-schema";
import { spendSignInLink } from "./email-link/spend-sign-in-link";
import { relyingPartyOf } from "./passkeys/relying-party";
import { signInWithPasskey } from "./passkeys/sign-in-with-passkey";
import { decodedSessionToken, sessionCookies } from "./decoded-session-cookies";
import { SESSION_MAX_AGE_MS, startSession } from "./start-session";
import { PENDING_LOGIN_COOKIE, PENDING_LOGIN_MAX_AGE_MS, sealPendingLogin } from "./two-factor/pending-login";
import { completeSecondFactor, needsSecondFactor, type SecondStepResult } from "./two-factor/second-factor-login";
import { sealTrustedDevice, TRUSTED_DEVICE_COOKIE, TRUSTED_DEVICE_MAX_AGE_MS } from "./two-factor/trusted-device";
import type { SessionIdentity } from "./session-identity";

type Refusal =
  Exclude<AuthenticateResult["status"] | SecondStepResult["status"], "ok"> | "second_factor" | "link_invalid" | "passkey_invalid";

/** A refused login (or one that waits for its code); its code tells the login form what to say (lib/auth/log-in-action.ts). */
export class LoginRefused extends CredentialsSignin {
  constructor(reason: Refusal) {
    super();
    this.code = reason === "invalid" ? "invalid_login" : reason === "rate_limited" ? "login_rate_limited" : reason;
  }
}

/** The code step: the second factor of the login that the pending-login cookie holds. */
const codeSchema = z.object({ code: z.string().trim().min(1).max(40), trustDevice: z.enum(["on", "true"]).optional() });

/** A cookie of the request Auth.js handles (the sign-in request itself, whether a server action's or the route's). */
function requestCookie(request: Request, name: string): string | undefined {
  for (const part of request.headers.get("cookie")?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
}

/** A sign-in link's token (lib/auth/email-link), instead of the password. */
const linkSchema = z.object({ linkToken: z.string().min(1).max(200) });

/** A passkey's answer (the browser's AuthenticationResponseJSON, as JSON), instead of the password and the code. */
const passkeySchema = z.object({ passkey: z.string().min(1).max(20_000) });

function parseJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The cookies of the login steps: host-only, httpOnly, over HTTPS only when the site is. */
const stepCookie = (request: Request, maxAgeMs: number) =>
  ({ httpOnly: true, sameSite: "lax", path: "/", secure: new URL(request.url).protocol === "https:", maxAge: maxAgeMs / 1000 }) as const;

export const { handlers, signIn, signOut } = NextAuth({
  // A white-label app answers on many hosts: AUTH_URL would pin one. proxy.ts pins X-Forwarded-Host and
  // X-Forwarded-Proto to the host it resolved, and app/api/auth rebuilds the request URL from them.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_MS / 1000 },
  pages: { signIn: "/login" },
  // A wrong password is an expected outcome, not a server error worth a stack trace in the logs.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {}, trustDevice: {}, linkToken: {}, passkey: {} },
      async authorize(credentials, request) {
        const hostname = request.headers.get(SITE_HOST_HEADER);
        if (!hostname) throw new LoginRefused("invalid");
        const ip = clientIp(request.headers);
        const userAgent = request.headers.get("user-agent");
        const jar = await cookies();
        const identity = await firstOrSecondFactor();
        jar.delete(PENDING_LOGIN_COOKIE);
        const sessionId = await startSession({
          db,
          organizationId: identity.organizationId,
          userId: identity.id,
          host: identity.host,
          ip,
          userAgent,
        });
        return { ...identity, sessionId };

        /** The first factor (then the code is asked unless the device is trusted), or the code of a pending login. */
        async function firstOrSecondFactor() {
          const step = codeSchema.safeParse(credentials);
          if (step.success) {
            const result = await completeSecondFactor({
              db,
              pendingCookie: requestCookie(request, PENDING_LOGIN_COOKIE),
              host: hostname!,
              code: step.data.code,
              ip,
              userAgent,
            });
            if (result.status !== "ok") throw new LoginRefused(result.status);
            if (step.data.trustDevice) {
              const value = sealTrustedDevice({ userId: result.identity.id, host: hostname!, passwordHash: result.passwordHash });
              jar.set(TRUSTED_DEVICE_COOKIE, value, stepCookie(request, TRUSTED_DEVICE_MAX_AGE_MS));
            }
            return result.identity;
          }
          const passkey = passkeySchema.safeParse(credentials);
          if (passkey.success) return passkeyIdentity(passkey.data.passkey);
          const identity = await firstFactor();
          if (await needsSecondFactor({ db, identity, trustedDevice: requestCookie(request, TRUSTED_DEVICE_COOKIE) })) {
            const { id: userId, organizationId, host } = identity;
            jar.set(
              PENDING_LOGIN_COOKIE,
              sealPendingLogin({ userId, organizationId, host }),
              stepCookie(request, PENDING_LOGIN_MAX_AGE_MS),
            );
            throw new LoginRefused("second_factor");
          }
          return identity;
        }

        /**
         * A passkey verifies its user (PIN or biometrics) on the device that holds it: two factors in one,
         * so no code is asked after it, even of an administrator who must use two-factor authentication.
         */
        async function passkeyIdentity(answer: string) {
          const relyingParty = relyingPartyOf(request.headers);
          const response = relyingParty ? parseJson(answer) : null;
          const identity = response && relyingParty ? await signInWithPasskey({ db, relyingParty, response }) : null;
          if (!identity) throw new LoginRefused("passkey_invalid");
          return identity;
        }

        /** The password, or a sign-in link received by email (contacts). */
        async function firstFactor() {
          const link = linkSchema.safeParse(credentials);
          if (link.success) {
            const identity = await spendSignInLink({ db, hostname: hostname!, token: link.data.linkToken });
            if (!identity) throw new LoginRefused("link_invalid");
            return identity;
          }
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) throw new LoginRefused("invalid");
          const result = await authenticate({ hostname: hostname!, ...parsed.data, ip, userAgent });
          if (result.status !== "ok") throw new LoginRefused(result.status);
          return result.identity;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id!;
        token.kind = user.kind;
        token.organizationId = user.organizationId;
        token.host = user.host;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.identity = {
        userId: token.uid,
        kind: token.kind,
        organizationId: token.organizationId,
        host: token.host,
        sessionId: token.sessionId,
      };
      return session;
    },
  },
  events: {
    // Logging out ends the session row, so a copy of the cookie is worthless from then on.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sessionId && token.uid) await endSession({ db, sessionId: token.sessionId, userId: token.uid, reason: "LOGGED_OUT" });
    },
  },
});

/**
 * The identity the session cookie carries, decrypted once per request (the layout, the page and the
 * catalogue's viewer all ask). Auth.js' auth() would also re-encrypt the token for a refreshed cookie, which
 * a page cannot set and which lengthens nothing: a session lasts as long as its AuthSession row
 * (start-session.ts). Read from the cookie only, never from an Authorization header.
 */
export const sessionCookieIdentity = cache(async (): Promise<SessionIdentity | null> => {
  const requestHeaders = await headers();
  const cookie = sessionCookies(requestHeaders.get("cookie") ?? "");
  if (!cookie) return null;
  // Auth.js names (and salts) the cookie by the protocol proxy.ts pinned, as its own auth() does.
  const secureCookie = requestHeaders.get("x-forwarded-proto") === "https";
  const token = await decodedSessionToken(`${secureCookie}|${cookie}`, () =>
    getToken({ req: { headers: { cookie } }, secureCookie, secret: process.env.AUTH_SECRET! }),
  );
  if (!token?.uid) return null;
  return { userId: token.uid, kind: token.kind, organizationId: token.organizationId, host: token.host, sessionId: token.sessionId };
});
