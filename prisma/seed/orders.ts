import { addDays, addMinutes } from "./calendar";
import type { DemoCatalogues } from "./catalogue";
import type { DemoCompanies } from "./crm";
import { DEMO_LOGINS } from "./demo-accounts";
import type { DemoTenants } from "./organisations-and-sites";
import { createRandom } from "./random";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";
import { addEnrolment, type DemoActions } from "./training-actions";

/**
 * A cart validated on the extranet (pending, with its pending enrolments), an enrolment request from an
 * anonymous visitor of the public catalogue, and INTRA requests (from a company and from a visitor).
 */
export function buildOrders(
  ctx: SeedContext,
  tenants: DemoTenants,
  companies: DemoCompanies,
  catalogues: DemoCatalogues,
  actions: DemoActions,
): void {
  const { rows, now } = ctx;
  const random = createRandom("orders");
  const year = ctx.today.getUTCFullYear();

  // Claire Martin (Groupe Martin) orders two seats of an upcoming INTER session.
  const groupeMartin = companies["groupe-martin"]!;
  const claire = groupeMartin.contacts.find((contact) => contact.email === DEMO_LOGINS.groupeMartinContact.email)!;
  const vente = actions["vente-lyon"]!;
  const cartId = seedId("order", "formapro/cart-groupe-martin");
  const cartAt = addMinutes(addDays(now, -1), -random.int(30, 240));
  const already = new Set(vente.enrolments.map((enrolment) => enrolment.participantId));
  const seats = groupeMartin.participants.filter((participant) => !already.has(participant.id)).slice(0, 2);
  rows.orders.push({
    id: cartId,
    organizationId: tenants.formapro.id,
    companyId: groupeMartin.id,
    contactId: claire.id,
    number: `CMD-${year}-0001`,
    status: "PENDING",
    totalExclTaxCents: seats.length * vente.priceCents,
    message: "Deux responsables de magasin souhaitent suivre cette session. Merci de nous confirmer les places.",
    createdAt: cartAt,
    updatedAt: cartAt,
  });
  rows.orderLines.push({
    id: seedId("order-line", `${cartId}/0`),
    organizationId: tenants.formapro.id,
    orderId: cartId,
    actionId: vente.id,
    quantity: seats.length,
    unitPriceCents: vente.priceCents,
  });
  for (const participant of seats) {
    addEnrolment(
      ctx,
      vente,
      { company: groupeMartin, participantId: participant.id, placeholderLabel: null, status: "PENDING" },
      cartAt,
      cartId,
    );
  }

  // An anonymous visitor asks for a seat from the public catalogue.
  const epi = actions["epi-lyon"]!;
  const visitorId = seedId("order", "formapro/visitor-garcia");
  const visitorAt = addMinutes(addDays(now, -3), -random.int(30, 240));
  rows.orders.push({
    id: visitorId,
    organizationId: tenants.formapro.id,
    companyId: null,
    contactId: null,
    number: `CMD-${year}-0002`,
    status: "PENDING",
    totalExclTaxCents: epi.priceCents,
    requesterName: "Laurent Garcia",
    requesterEmail: "l.garcia@boulangerie-garcia.test",
    requesterPhone: "06 12 98 76 54",
    requesterCompany: "Boulangerie Garcia",
    message: "Bonjour, est-il possible d'inscrire un apprenti ?",
    createdAt: visitorAt,
    updatedAt: visitorAt,
  });
  rows.orderLines.push({
    id: seedId("order-line", `${visitorId}/0`),
    organizationId: tenants.formapro.id,
    orderId: visitorId,
    actionId: epi.id,
    quantity: 1,
    unitPriceCents: epi.priceCents,
  });

  // INTRA requests.
  const riviere = companies["transports-riviere"]!;
  const isabelle = riviere.contacts.find((contact) => contact.email === DEMO_LOGINS.transportsRiviereContact.email)!;
  const requestedAt = addDays(now, -6);
  const studiedAt = addDays(now, -4);
  rows.intraRequests.push({
    id: seedId("intra-request", "formapro/riviere-conflits"),
    organizationId: tenants.formapro.id,
    companyId: riviere.id,
    contactId: isabelle.id,
    moduleId: catalogues.formapro.modules["CONFLITS"]!.id,
    participantCount: 8,
    desiredPeriod: "Dans les trois prochains mois, hors période de congés",
    desiredLocation: "Dans nos locaux à Saint-Herblain",
    remarks: "Public : chefs de quai et exploitants. Deux groupes possibles si nécessaire.",
    status: "IN_STUDY",
    staffMessage: "Nous étudions les disponibilités de nos formateurs et revenons vers vous avec une proposition.",
    createdAt: requestedAt,
    updatedAt: studiedAt,
  });
  const visitorRequestAt = addDays(now, -1);
  rows.intraRequests.push({
    id: seedId("intra-request", "horizon/visitor-officine"),
    organizationId: tenants.horizon.id,
    companyId: null,
    contactId: null,
    moduleId: catalogues.horizon.modules["ACC-OFF"]!.id,
    participantCount: 5,
    desiredPeriod: "Un lundi matin, à convenir",
    desiredLocation: "Pessac",
    requesterName: "Marie Lemaire",
    requesterEmail: "m.lemaire@pharmacie-alouette.test",
    requesterCompany: "Pharmacie de l'Alouette",
    status: "RECEIVED",
    createdAt: visitorRequestAt,
    updatedAt: visitorRequestAt,
  });
}
