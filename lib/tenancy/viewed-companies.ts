import type { ContactContext } from "../auth/require-contact";

type ViewContext = Pick<ContactContext, "organizationId" | "company" | "companies" | "groupView">;

/** The organisation and the companies a page of the extranet reads: always resolved from the session, never from the request. */
export interface ViewedCompanies {
  organizationId: string;
  companyIds: string[];
}

/**
 * The companies the extranet's lists and read pages cover: in the group view every company the contact may
 * open (its own and its subsidiaries, DESIGN.md rule 2), otherwise the one it shows. A company filter from the
 * query string narrows that set to one of its members; any other id (another group's, another
 * organisation's, a malformed one) gives null, which the page answers with "not found".
 */
export function viewedCompanies(context: ViewContext): ViewedCompanies;
export function viewedCompanies(context: ViewContext, companyFilter: string | undefined): ViewedCompanies | null;
export function viewedCompanies(context: ViewContext, companyFilter?: string): ViewedCompanies | null {
  const companyIds = context.groupView ? context.companies.map((company) => company.id) : [context.company.id];
  if (companyFilter === undefined) return { organizationId: context.organizationId, companyIds };
  return companyIds.includes(companyFilter) ? { organizationId: context.organizationId, companyIds: [companyFilter] } : null;
}

/** The same set as a Prisma `where` fragment for company-owned rows. */
export function viewedCompaniesScope(view: ViewedCompanies) {
  return { organizationId: view.organizationId, companyId: { in: view.companyIds } };
}

/** The name of one of the context's companies, for the lists' company column. */
export function companyNameOf(context: Pick<ContactContext, "companies">, companyId: string): string {
  return context.companies.find((company) => company.id === companyId)?.name ?? "";
}
