import { accessIdOf, type DemoCompanies } from "./crm";
import { DEMO_COMPANIES, DEMO_LOGINS, type DemoLogin } from "./demo-accounts";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";

/** How many employees each demo MANAGER follows: a few, so that its lists visibly differ from the company's. */
const FOLLOWED = 2;

/** The demo MANAGER contacts follow the first employees of their company (in id order) who hold a live seat. */
export function buildManagerAssignments(ctx: SeedContext, companies: DemoCompanies) {
  const { rows } = ctx;
  const seated = new Set(rows.enrolments.filter((seat) => seat.status !== "CANCELLED").map((seat) => seat.participantId));
  const managers = (Object.values(DEMO_LOGINS) as DemoLogin[]).filter((login) => login.contactRole === "MANAGER" && login.company);
  for (const login of managers) {
    const company = companies[DEMO_COMPANIES[login.company!].key]!;
    const contact = company.contacts.find((candidate) => candidate.email === login.email)!;
    const followed = company.participants
      .filter((participant) => seated.has(participant.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .slice(0, FOLLOWED);
    for (const participant of followed) {
      const accessId = accessIdOf(contact.id);
      rows.managerAssignments.push({
        id: seedId("manager-assignment", `${accessId}/${participant.id}`),
        organizationId: company.organizationId,
        accessId,
        participantId: participant.id,
      });
    }
  }
}
