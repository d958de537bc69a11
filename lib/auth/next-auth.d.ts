import type { SessionIdentity } from "./session-identity";

declare module "next-auth" {
  // Module augmentation: an interface adds the session fields to next-auth's own User.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
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
