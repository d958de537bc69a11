import { addDays, addMinutes, parisTime } from "./calendar";
import type { DemoCompanies, DemoCompany } from "./crm";
import { DEMO_LOGINS } from "./demo-accounts";
import { renderDemoPdf } from "./demo-pdf";
import type { DemoTenant, DemoTenants } from "./organisations-and-sites";
import type { SeedContext } from "./seed-context";
import { seedId, sha256Hex } from "./seed-ids";
import type { DemoActions } from "./training-actions";

interface MessageDraft {
  fromStaff: boolean;
  authorUserId: string;
  body: string;
  at: Date;
}

function userOf(company: DemoCompany, email: string): string {
  const contact = company.contacts.find((candidate) => candidate.email === email);
  if (!contact?.userId) throw new Error(`${email} has no account at ${company.name}`);
  return contact.userId;
}

/**
 * Quality tickets (a complaint handled end to end with its Qualiopi fields, an open question, a word of
 * thanks) with their threads, and a shared folder holding one file from each side.
 */
export async function buildTicketsAndFiles(
  ctx: SeedContext,
  tenants: DemoTenants,
  companies: DemoCompanies,
  actions: DemoActions,
): Promise<void> {
  const { rows, now } = ctx;
  const formapro = tenants.formapro;
  const riviere = companies["transports-riviere"]!;
  const groupeMartin = companies["groupe-martin"]!;
  const pharmacie = companies["pharmacie-du-parc"]!;
  const isabelle = userOf(riviere, DEMO_LOGINS.transportsRiviereContact.email);
  const claire = userOf(groupeMartin, DEMO_LOGINS.groupeMartinContact.email);
  const elodie = userOf(pharmacie, DEMO_LOGINS.pharmacieDuParcContact.email);

  // 1. A complaint after the INTRA SST at Transports Rivière, acknowledged, analysed, corrected, closed.
  const sst = actions["sst-intra-riviere"]!;
  const received = parisTime(addDays(sst.endDate, 1), 9, 12);
  const acknowledged = parisTime(addDays(sst.endDate, 2), 10, 5);
  const resolved = parisTime(addDays(sst.endDate, 8), 16, 40);
  const closed = parisTime(addDays(sst.endDate, 10), 9, 0);
  const complaint =
    "Les supports de formation promis n'ont pas été remis aux participants, et la salle prévue ne permettait pas de faire les exercices au sol à neuf personnes : le formateur a dû scinder le groupe.";
  addTicket(
    ctx,
    formapro,
    riviere,
    {
      number: 1,
      actionId: sst.id,
      category: "RECLAMATION",
      status: "CLOSED",
      severity: "MEDIUM",
      subject: "Supports non remis et salle trop petite pour les exercices",
      description: complaint,
      authorUserId: isabelle,
      ownerUserId: formapro.managerUserId,
      receivedAt: received,
      acknowledgedAt: acknowledged,
      analysis:
        "La salle de réunion proposée par le client n'avait pas été validée lors de la préparation (pas de visite ni de check-list logistique). Les supports imprimés étaient restés au centre de Nantes.",
      correctiveAction:
        "Supports envoyés en PDF aux neuf participants le jour même. Une check-list logistique (surface, matériel, supports) est désormais validée avec le client avant chaque INTRA.",
      resolvedAt: resolved,
      closedAt: closed,
    },
    [
      { fromStaff: false, authorUserId: isabelle, body: complaint, at: received },
      {
        fromStaff: true,
        authorUserId: formapro.managerUserId,
        body: "Bonjour Madame Rivière, nous accusons réception de votre réclamation et vous prions de nous excuser pour ces désagréments. Nous revenons vers vous très rapidement.",
        at: acknowledged,
      },
      {
        fromStaff: true,
        authorUserId: formapro.managerUserId,
        body: "Les supports ont été envoyés à chaque participant. Nous avons mis en place une check-list logistique validée avec vous avant toute prochaine session dans vos locaux.",
        at: resolved,
      },
      {
        fromStaff: false,
        authorUserId: isabelle,
        body: "Merci pour votre réactivité, les participants ont bien reçu les supports.",
        at: addMinutes(resolved, 18 * 60),
      },
    ],
  );

  // 2. An open question from Groupe Martin, not answered yet.
  const asked = addMinutes(addDays(now, -2), -95);
  const question =
    "Bonjour, la formation incendie de nos deux responsables peut-elle être prise en charge par notre OPCO ? Faut-il vous transmettre un accord de financement ?";
  addTicket(
    ctx,
    formapro,
    groupeMartin,
    {
      number: 2,
      actionId: actions["epi-lyon"]!.id,
      category: "QUESTION",
      status: "OPEN",
      subject: "Prise en charge OPCO de la formation incendie",
      description: question,
      authorUserId: claire,
      receivedAt: asked,
    },
    [{ fromStaff: false, authorUserId: claire, body: question, at: asked }],
  );

  // 3. At Académie Horizon: thanks after the INTRA at the Pharmacie du Parc.
  const officine = actions["accueil-officine-intra"]!;
  const thanked = parisTime(addDays(officine.endDate, 3), 18, 20);
  const thanks =
    "Toute l'équipe a apprécié la formation, très concrète. Les mises en situation au comptoir étaient particulièrement utiles.";
  addTicket(
    ctx,
    tenants.horizon,
    pharmacie,
    {
      number: 1,
      actionId: officine.id,
      category: "APPRECIATION",
      status: "CLOSED",
      subject: "Merci pour la formation accueil",
      description: thanks,
      authorUserId: elodie,
      ownerUserId: tenants.horizon.adminUserId,
      receivedAt: thanked,
      acknowledgedAt: addDays(thanked, 1),
      closedAt: addDays(thanked, 1),
    },
    [
      { fromStaff: false, authorUserId: elodie, body: thanks, at: thanked },
      {
        fromStaff: true,
        authorUserId: tenants.horizon.adminUserId,
        body: "Merci beaucoup pour ce retour, nous le transmettons à Laure Chevalier !",
        at: addDays(thanked, 1),
      },
    ],
  );

  // A shared folder of Groupe Martin: the organisation's rules, and the participants list the company sent.
  const folderId = seedId("folder", `${groupeMartin.id}/documents-administratifs`);
  const folderAt = addDays(now, -100);
  rows.folders.push({
    id: folderId,
    organizationId: formapro.id,
    companyId: groupeMartin.id,
    parentId: null,
    name: "Documents administratifs",
    createdAt: folderAt,
  });

  const rules = await renderDemoPdf({
    title: "Règlement intérieur applicable aux stagiaires",
    issuer: {
      name: formapro.legalName,
      color: formapro.primaryColor,
      lines: [`${formapro.address}, ${formapro.postalCode} ${formapro.city}`, `SIRET ${formapro.siret}`],
    },
    recipient: { name: groupeMartin.name, lines: [groupeMartin.address, `${groupeMartin.postalCode} ${groupeMartin.city}`] },
    details: [
      ["Applicable à", "toutes les actions de formation"],
      ["Références", "articles L. 6352-3 à L. 6352-5 du Code du travail"],
    ],
    body: "Le présent règlement s'applique à toute personne participant à une action de formation organisée par Formapro Conseil. Il définit les règles d'hygiène et de sécurité, les règles générales de discipline et les droits des stagiaires.",
    createdAt: folderAt,
  });
  addStoredFile(
    ctx,
    formapro,
    groupeMartin,
    folderId,
    "Règlement intérieur.pdf",
    "application/pdf",
    rules,
    "STAFF",
    formapro.adminUserId,
    folderAt,
  );

  const epi = actions["epi-lyon"]!;
  const csvLines = [
    "Nom;Prénom;Fonction;Formation",
    ...epi.enrolments
      .filter((enrolment) => enrolment.company.id === groupeMartin.id && enrolment.participantId)
      .map((enrolment) => groupeMartin.participants.find((participant) => participant.id === enrolment.participantId)!)
      .map((participant) => `${participant.lastName};${participant.firstName};${participant.jobTitle};${epi.number}`),
  ];
  const csv = new TextEncoder().encode(`${csvLines.join("\r\n")}\r\n`);
  addStoredFile(
    ctx,
    formapro,
    groupeMartin,
    folderId,
    "Liste des participants EPI.csv",
    "text/csv",
    csv,
    "COMPANY",
    claire,
    addDays(now, -3),
  );
}

type TicketFields = {
  number: number;
  actionId: string | null;
  category: "RECLAMATION" | "QUESTION" | "APPRECIATION";
  status: "OPEN" | "CLOSED";
  severity?: "LOW" | "MEDIUM" | "HIGH";
  subject: string;
  description: string;
  authorUserId: string;
  ownerUserId?: string;
  receivedAt: Date;
  acknowledgedAt?: Date;
  analysis?: string;
  correctiveAction?: string;
  resolvedAt?: Date;
  closedAt?: Date;
};

function addTicket(ctx: SeedContext, tenant: DemoTenant, company: DemoCompany, ticket: TicketFields, messages: MessageDraft[]) {
  const id = seedId("ticket", `${tenant.slug}/${ticket.number}`);
  const last = messages[messages.length - 1]!.at;
  for (const message of messages) {
    if (message.at > ctx.now) throw new Error(`Ticket ${ticket.number} of ${tenant.slug} has a message in the future`);
  }
  ctx.rows.tickets.push({
    id,
    organizationId: tenant.id,
    companyId: company.id,
    ...ticket,
    createdAt: ticket.receivedAt,
    updatedAt: ticket.closedAt ?? last,
  });
  messages.forEach((message, index) => {
    ctx.rows.ticketMessages.push({
      id: seedId("ticket-message", `${id}/${index}`),
      organizationId: tenant.id,
      companyId: company.id,
      ticketId: id,
      authorUserId: message.authorUserId,
      fromStaff: message.fromStaff,
      body: message.body,
      createdAt: message.at,
    });
  });
}

function addStoredFile(
  ctx: SeedContext,
  tenant: DemoTenant,
  company: DemoCompany,
  folderId: string,
  name: string,
  mimeType: string,
  bytes: Uint8Array,
  side: "STAFF" | "COMPANY",
  uploadedByUserId: string,
  createdAt: Date,
) {
  const id = seedId("stored-file", `${company.id}/${name}`);
  const key = `organizations/${tenant.id}/companies/${company.id}/files/${id}`;
  ctx.rows.files.push({ key, bytes, contentType: mimeType });
  ctx.rows.storedFiles.push({
    id,
    organizationId: tenant.id,
    companyId: company.id,
    folderId,
    name,
    storageKey: key,
    mimeType,
    sizeBytes: bytes.byteLength,
    sha256: sha256Hex(bytes),
    uploadedByUserId,
    uploadedBySide: side,
    createdAt,
  });
}
