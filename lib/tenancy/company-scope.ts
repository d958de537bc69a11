import type { ContactContext } from "../auth/require-contact";

/**
 * The one access rule for company-owned rows (Documenso's getEnvelopeWhereInput): every query of the
 * extranet spreads it into its `where`, so organisation and company always come from the session and site.
 */
export function companyScope(context: Pick<ContactContext, "organizationId" | "company">) {
  return { organizationId: context.organizationId, companyId: context.company.id };
}
