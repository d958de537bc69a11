import type { ContactContext } from "../auth/require-contact";
import type { ViewedCompanies } from "../tenancy/viewed-companies";

/** Whose figures a dashboard adds up: one company, or every company the contact may open (a group view). */
export type DashboardScope = ViewedCompanies;

/** The company shown in the extranet. */
export function companyDashboardScope(context: Pick<ContactContext, "organizationId" | "company">): DashboardScope {
  return { organizationId: context.organizationId, companyIds: [context.company.id] };
}

/** The contact's own company and its subsidiaries (DESIGN.md rule 2), as the access rule resolved them. */
export function groupDashboardScope(context: Pick<ContactContext, "organizationId" | "companies">): DashboardScope {
  return { organizationId: context.organizationId, companyIds: context.companies.map((company) => company.id) };
}
