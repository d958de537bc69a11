import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { SITE_HOST_HEADER } from "../tenancy/site-headers";
import { clientIp } from "./client-ip";
import { loginSchema } from "./login-schema";

class InvalidLogin extends CredentialsSignin {
  code = "invalid_login";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // A white-label app answers on many hosts: AUTH_URL would pin one, so trust the host the proxy resolved.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
        if (!parsed.success || !hostname) throw new InvalidLogin();
        const identity = await authenticate({
          hostname,
          ...parsed.data,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent"),
        });
        if (!identity) throw new InvalidLogin();
        return identity;
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
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.identity = {
        userId: token.uid,
        kind: token.kind,
        organizationId: token.organizationId,
        host: token.host,
        sessionVersion: token.sessionVersion,
      };
      return session;
    },
  },
});
