import type { TransactionClient } from "../db/create-prisma-client";

export type HostnameClaim =
  /** Under a verified domain (or the development namespace) of the organisation itself: proven already. */
  | "own"
  /** Under another organisation's verified domain or development namespace: refused. */
  | "foreign"
  /** Anyone's until someone proves it with a DNS TXT record. */
  | "unproven"
  /** A .localhost name outside the organisation's namespace: no DNS record could ever prove it. */
  | "unprovable";

/** "a.b.example.fr" → ["a.b.example.fr", "b.example.fr", "example.fr"]: the names that would contain it. */
function enclosingNames(hostname: string): string[] {
  const labels = hostname.split(".");
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join("."));
}

/**
 * Who may claim `hostname`. A hostname equal to or under a domain another organisation has proven is
 * theirs; `<slug>.localhost` and the names under it are the development namespace of the organisation
 * with that slug.
 */
export async function classifyHostnameClaim({
  tx,
  organization,
  hostname,
}: {
  tx: TransactionClient;
  organization: { id: string; slug: string };
  hostname: string;
}): Promise<HostnameClaim> {
  if (hostname.endsWith(".localhost")) {
    const owner = await tx.organization.findUnique({ where: { slug: hostname.split(".").at(-2) ?? "" }, select: { id: true } });
    return owner?.id === organization.id ? "own" : owner ? "foreign" : "unprovable";
  }
  const holders = await tx.domain.findMany({
    where: { hostname: { in: enclosingNames(hostname) }, verifiedAt: { not: null } },
    select: { organizationId: true },
    take: 10,
  });
  if (holders.some((holder) => holder.organizationId !== organization.id)) return "foreign";
  return holders.length > 0 ? "own" : "unproven";
}
