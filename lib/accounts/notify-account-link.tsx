import { AccountLinkEmail, accountLinkSubject, type AccountLinkKind } from "@/components/email/account-link-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { secretLink } from "../email/email-secrets";

const TEMPLATES: Record<AccountLinkKind, string> = {
  PASSWORD_RESET: "password-reset",
  EMAIL_CHANGE: "email-change",
  SIGN_IN_LINK: "sign-in-link",
};

/** Queues a personal link's email, branded like the user's invitation; the outbox keeps it with the token masked. */
export async function notifyAccountLink({
  tx,
  user,
  kind,
  to,
  url,
  token,
}: {
  tx: TransactionClient;
  user: { organizationId: string; firstName: string; companyId: string | null };
  kind: AccountLinkKind;
  to: string;
  /** The link, which holds the token. */
  url: string;
  token: string;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId: user.organizationId, companyId: user.companyId });
  await enqueueEmail({
    db: tx,
    organizationId: user.organizationId,
    template: TEMPLATES[kind],
    to,
    subject: accountLinkSubject(kind, brand),
    secrets: { url: secretLink(url, token) },
    body: (secrets) => <AccountLinkEmail brand={brand} kind={kind} firstName={user.firstName} url={secrets.url} />,
  });
}
