import type { SessionIdentity } from "./session-identity";

declare module "next-auth" {
  interface User extends Omit<SessionIdentity, "userId"> {}
  interface Session {
    identity: SessionIdentity;
  }
}

declare module "@auth/core/jwt" {
  interface JWT extends Omit<SessionIdentity, "userId"> {
    uid: string;
  }
}
