import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { rolesOpening } from "../tenancy/contact-permissions";
import { loadQuoteItems, moduleItemId } from "./load-quote-items";

/**
 * What /admin/devis/nouveau offers: the organisation's companies and, once one is chosen (or an INTRA
 * request of one), its contacts with an extranet access and the items priced for it. A company or
 * request of another organisation answers not found.
 */
export async function getQuoteFormChoices({
  staff,
  companyId,
  intraRequestId,
}: {
  staff: Pick<StaffContext, "organizationId">;
  companyId?: string;
  intraRequestId?: string;
}) {
  const organizationId = staff.organizationId;
  const request = intraRequestId
    ? await db.intraRequest.findFirst({
        where: { id: intraRequestId, organizationId, companyId: { not: null } },
        select: { id: true, companyId: true, moduleId: true, participantCount: true },
      })
    : null;
  if (intraRequestId && !request) notFound();
  const chosenId = request?.companyId ?? companyId;
  const [companies, company] = await Promise.all([
    db.company.findMany({
      where: { organizationId, isIndividual: false },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true },
    }),
    chosenId
      ? db.company.findFirst({ where: { id: chosenId, organizationId, isIndividual: false }, select: { id: true, name: true } })
      : null,
  ]);
  if (chosenId && !company) notFound();
  if (!company) return { companies, company: null, contacts: [], items: [], request: null };
  const [contacts, items] = await Promise.all([
    db.contact.findMany({
      where: {
        organizationId,
        companyId: company.id,
        access: { is: { status: "ACTIVE", role: { in: rolesOpening("quotes") }, user: { disabledAt: null } } },
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: 200,
      select: { id: true, firstName: true, lastName: true, jobTitle: true },
    }),
    loadQuoteItems({ client: db, organizationId, companyId: company.id }),
  ]);
  return {
    companies,
    company,
    contacts,
    items,
    request: request && { id: request.id, item0: moduleItemId(request.moduleId), participantCount: request.participantCount },
  };
}
