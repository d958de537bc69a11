import type { AccountLinkKind } from "@/components/email/account-link-email";
import { publicUrl } from "../branding/public-url";
import type { TransactionClient } from "../db/create-prisma-client";
import { notifyAccountLink } from "./notify-account-link";
import { newSecretToken } from "./secret-token";

/** How long each kind of link works; a sign-in link is a password for a quarter of an hour, no more. */
export const ACCOUNT_LINK_TTL_MS: Record<AccountLinkKind, number> = {
  PASSWORD_RESET: 60 * 60_000,
  EMAIL_CHANGE: 60 * 60_000,
  SIGN_IN_LINK: 15 * 60_000,
};
export const ACCOUNT_LINK_PATHS: Record<AccountLinkKind, string> = {
  PASSWORD_RESET: "/mot-de-passe-oublie/",
  EMAIL_CHANGE: "/confirmer-email/",
  SIGN_IN_LINK: "/connexion-par-lien/",
};

/**
 * Inside the caller's transaction: voids the user's earlier links of this kind, stores the SHA-256 of a
 * fresh token and queues the email (on the host the request came from, branded like their invitation).
 */
export async function issueAccountLink({
  tx,
  user,
  kind,
  to,
  hostname,
  now = new Date(),
}: {
  tx: TransactionClient;
  user: { id: string; organizationId: string; firstName: string; companyId: string | null };
  kind: AccountLinkKind;
  to: string;
  hostname: string;
  now?: Date;
}): Promise<{ token: string }> {
  await tx.authToken.updateMany({ where: { userId: user.id, purpose: kind, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = newSecretToken();
  await tx.authToken.create({
    data: {
      organizationId: user.organizationId,
      userId: user.id,
      purpose: kind,
      tokenHash,
      newEmail: kind === "EMAIL_CHANGE" ? to : null,
      expiresAt: new Date(now.getTime() + ACCOUNT_LINK_TTL_MS[kind]),
    },
  });
  await notifyAccountLink({ tx, user, kind, to, url: publicUrl(hostname, `${ACCOUNT_LINK_PATHS[kind]}${token}`), token });
  return { token };
}
