import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db";
import { clientIp } from "../http/trusted-proxy";
import { SITE_HOST_HEADER } from "../tenancy/site-headers";
import { authenticate, type AuthenticateResult } from "./authenticate";
import { endSession } from "./end-sessions";
import { loginSchema } from "./login-schema";
import { SESSION_MAX_AGE_MS, startSession } from "./start-session";

/** A refused login; its code tells the login form what to say (lib/auth/log-in-action.ts). */
export class LoginRefused extends CredentialsSignin {
  constructor(reason: Exclude<AuthenticateResult["status"], "ok">) {
    super();
    this.code = reason === "invalid" ? "invalid_login" : reason === "rate_limited" ? "login_rate_limited" : reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
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
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        const hostname = request.headers.get(SITE_HOST_HEADER);
        if (!parsed.success || !hostname) throw new LoginRefused("invalid");
        const ip = clientIp(request.headers);
        const userAgent = request.headers.get("user-agent");
        const result = await authenticate({ hostname, ...parsed.data, ip, userAgent });
        if (result.status !== "ok") throw new LoginRefused(result.status);
        const { identity } = result;
        const sessionId = await startSession({
          db,
          organizationId: identity.organizationId,
          userId: identity.id,
          host: identity.host,
          ip,
          userAgent,
        });
        return { ...identity, sessionId };
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
