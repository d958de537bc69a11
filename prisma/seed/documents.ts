import { addDays, addMinutes, earliest, formatFrenchDate } from "./calendar";
import type { DemoCompanies, DemoCompany } from "./crm";
import { DEMO_LOGINS } from "./demo-accounts";
import { renderDemoPdf, type DemoPdfProps } from "./demo-pdf";
import type { DemoTenant, DemoTenants } from "./organisations-and-sites";
import type { SeedContext } from "./seed-context";
import { seedId, sha256Hex } from "./seed-ids";
import type { DemoAction, DemoActions } from "./training-actions";

type DocumentKind = "CONVENTION" | "CONVOCATION" | "PROGRAMME" | "CERTIFICAT_REALISATION";

interface PlannedDocument {
  id: string;
  tenant: DemoTenant;
  company: DemoCompany;
  action: DemoAction;
  participantId: string | null;
  kind: DocumentKind;
  title: string;
  createdAt: Date;
  sentAt: Date | null;
  pdf: DemoPdfProps;
}

export interface DemoSignatures {
  signedRequestId: string;
  pendingRequestId: string;
}

const euros = (cents: number) => `${(cents / 100).toLocaleString("fr-FR", { minimumFractionDigits: 2 }).replace(/\s/g, " ")} €`;

export function documentStorageKey(organizationId: string, companyId: string, fileName: string): string {
  return `organizations/${organizationId}/companies/${companyId}/documents/${fileName}`;
}

/**
 * A few PDFs per company — conventions, convocations, programmes, certificates of completion — rendered
 * and put in the storage, then two signature requests: one signed (with its evidence and events), one
 * waiting for a demo contact.
 */
export async function buildDocuments(
  ctx: SeedContext,
  tenants: DemoTenants,
  companies: DemoCompanies,
  actions: DemoActions,
): Promise<DemoSignatures> {
  const { rows, now } = ctx;
  const planned: PlannedDocument[] = [];
  const lastPastActions = new Set<string>();
  for (const tenant of Object.values(tenants)) {
    Object.values(actions)
      .filter((action) => action.tenant === tenant.slug && action.status === "COMPLETED")
      .sort((a, b) => b.endDate.getTime() - a.endDate.getTime())
      .slice(0, 2)
      .forEach((action) => lastPastActions.add(action.id));
  }

  for (const action of Object.values(actions)) {
    if (action.status === "DRAFT" || action.status === "CANCELLED") continue;
    const tenant = tenants[action.tenant];
    const seated = action.enrolments.filter((enrolment) => enrolment.status === "CONFIRMED");
    const companyIds = [...new Set(seated.map((enrolment) => enrolment.company.id))];
    for (const companyId of companyIds) {
      const company = Object.values(companies).find((candidate) => candidate.id === companyId)!;
      const names = seated
        .filter((enrolment) => enrolment.company.id === companyId)
        .map((enrolment) => enrolment.placeholderLabel ?? personName(company, enrolment.participantId!));
      const plan = (kind: DocumentKind, title: string, createdAt: Date, sent: boolean, participantId: string | null = null, body = "") => {
        const id = seedId("document", `${action.id}/${company.id}/${kind}/${participantId ?? ""}`);
        const issuedAt = earliest(createdAt, addDays(now, -1));
        planned.push({
          id,
          tenant,
          company,
          action,
          participantId,
          kind,
          title,
          createdAt: issuedAt,
          sentAt: sent ? addMinutes(issuedAt, 45) : null,
          pdf: {
            title,
            issuer: issuer(tenant, action),
            recipient: recipient(company),
            details: details(action, participantId ? [] : names),
            body,
            createdAt: issuedAt,
          },
        });
      };
      plan(
        "CONVENTION",
        `Convention de formation — ${action.number}`,
        addDays(action.startDate, -25),
        true,
        null,
        "La présente convention est conclue en application des articles L. 6353-1 et suivants du Code du travail. L'organisme de formation s'engage à organiser l'action de formation désignée ci-dessus ; l'entreprise s'engage à en régler le prix selon les conditions générales de vente.",
      );
      if (action.timing !== "past") {
        plan(
          "CONVOCATION",
          `Convocation — ${action.title}`,
          addDays(action.startDate, -10),
          true,
          null,
          `Nous avons le plaisir de convoquer les participants ci-dessus à la formation « ${action.title} ». Merci de vous présenter 10 minutes avant le début de la première séance${action.location.isRemote ? " ; le lien de connexion vous sera envoyé la veille." : "."}`,
        );
      }
      if (action.timing === "upcoming") {
        plan(
          "PROGRAMME",
          `Programme — ${action.title}`,
          addDays(action.startDate, -30),
          false,
          null,
          "Le programme détaillé, les objectifs pédagogiques, les modalités d'évaluation et d'accessibilité aux personnes en situation de handicap sont décrits dans la fiche du module au catalogue.",
        );
      }
      if (lastPastActions.has(action.id)) {
        for (const enrolment of seated) {
          if (enrolment.company.id !== companyId || !enrolment.participantId) continue;
          const name = personName(company, enrolment.participantId);
          plan(
            "CERTIFICAT_REALISATION",
            `Certificat de réalisation — ${name}`,
            addDays(action.endDate, 2),
            true,
            enrolment.participantId,
            `L'organisme de formation atteste que ${name} a suivi l'action de formation ci-dessus, d'une durée de ${action.durationHours} heures, conformément à l'article R. 6332-26 du Code du travail.`,
          );
        }
      }
    }
  }

  // Rendering (≈ 25 ms a page) is the slow part of the seed; interleaved renders finish a little sooner.
  const rendered = await Promise.all(planned.map((document) => renderDemoPdf(document.pdf)));
  planned.forEach((document, index) => {
    const bytes = rendered[index]!;
    const key = documentStorageKey(document.tenant.id, document.company.id, `${document.id}.pdf`);
    rows.files.push({ key, bytes, contentType: "application/pdf" });
    rows.documents.push({
      id: document.id,
      organizationId: document.tenant.id,
      companyId: document.company.id,
      actionId: document.action.id,
      participantId: document.participantId,
      kind: document.kind,
      title: document.title,
      storageKey: key,
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
      sentAt: document.sentAt,
      createdAt: document.createdAt,
    });
  });

  const convention = (actionKey: string, companyKey: string) => {
    const found = planned.find(
      (document) => document.kind === "CONVENTION" && document.action.key === actionKey && document.company.key === companyKey,
    );
    if (!found) throw new Error(`No convention for ${companyKey} in ${actionKey}`);
    return found;
  };
  const signedRequestId = await addSignedRequest(ctx, convention("sst-intra-riviere", "transports-riviere"));
  const pendingRequestId = addPendingRequest(ctx, convention("epi-lyon", "groupe-martin"));
  return { signedRequestId, pendingRequestId };
}

function personName(company: DemoCompany, participantId: string): string {
  const person = company.participants.find((participant) => participant.id === participantId)!;
  return `${person.firstName} ${person.lastName}`;
}

function issuer(tenant: DemoTenant, action: DemoAction): DemoPdfProps["issuer"] {
  const centre = Object.values(tenant.centres).find((candidate) => candidate.id === action.centreId);
  const legal = [`SIRET ${tenant.siret}`, `Déclaration d'activité n° ${tenant.nda}`];
  return centre
    ? {
        name: `${tenant.legalName} — ${centre.legalName}`,
        color: centre.primaryColor,
        lines: [`${centre.address}, ${centre.postalCode} ${centre.city}`, ...legal],
      }
    : { name: tenant.legalName, color: tenant.primaryColor, lines: [`${tenant.address}, ${tenant.postalCode} ${tenant.city}`, ...legal] };
}

function recipient(company: DemoCompany): DemoPdfProps["recipient"] {
  return { name: company.name, lines: [company.address, `${company.postalCode} ${company.city}`] };
}

function details(action: DemoAction, participants: string[]): [string, string][] {
  const rows: [string, string][] = [
    ["Action de formation", `${action.number} (${action.type})`],
    ["Intitulé", action.title],
    [
      "Dates",
      action.startDate.getTime() === action.endDate.getTime()
        ? `le ${formatFrenchDate(action.startDate)}`
        : `du ${formatFrenchDate(action.startDate)} au ${formatFrenchDate(action.endDate)}`,
    ],
    ["Durée", `${action.durationHours} heures (${action.slots.length} demi-journées)`],
    ["Lieu", action.location.isRemote ? `${action.location.name} — à distance` : action.location.name],
    [action.type === "INTRA" ? "Prix de la session (HT)" : "Prix par participant (HT)", euros(action.priceCents)],
  ];
  if (participants.length > 0) rows.push(["Participants", participants.join(", ")]);
  return rows;
}

async function addSignedRequest(ctx: SeedContext, document: PlannedDocument): Promise<string> {
  const { rows } = ctx;
  const login = DEMO_LOGINS.transportsRiviereContact;
  const signer = document.company.contacts.find((contact) => contact.userId && contact.firstName === login.firstName)!;
  const id = seedId("signature-request", `${document.id}/signed`);
  const sentAt = addMinutes(document.createdAt, 50);
  const viewedAt = addDays(sentAt, 1);
  const signedAt = addMinutes(viewedAt, 4);
  const ip = "203.0.113.24";
  const userAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
  const original = rows.documents.find((row) => row.id === document.id)!;
  const signedBytes = await renderDemoPdf({
    ...document.pdf,
    signature: { name: `${signer.firstName} ${signer.lastName}`, jobTitle: signer.jobTitle, signedAt: formatFrenchDate(signedAt) },
    createdAt: signedAt,
  });
  const signedKey = documentStorageKey(document.tenant.id, document.company.id, `${document.id}-signed.pdf`);
  rows.files.push({ key: signedKey, bytes: signedBytes, contentType: "application/pdf" });
  rows.signatureRequests.push({
    id,
    organizationId: document.tenant.id,
    companyId: document.company.id,
    documentId: document.id,
    signerContactId: signer.id,
    status: "SIGNED",
    stampPage: 1,
    signerName: `${signer.firstName} ${signer.lastName}`,
    signerFunction: signer.jobTitle,
    signerEmail: signer.email,
    signedIp: ip,
    signedUserAgent: userAgent,
    originalSha256: original.sha256,
    signedSha256: sha256Hex(signedBytes),
    signedStorageKey: signedKey,
    otpAttempts: 1,
    otpVerifiedAt: addMinutes(signedAt, -1),
    sentAt,
    viewedAt,
    signedAt,
    createdAt: document.createdAt,
  });
  const events: [string, Date, boolean][] = [
    ["created", document.createdAt, false],
    ["sent", sentAt, false],
    ["viewed", viewedAt, true],
    ["code_sent", addMinutes(viewedAt, 1), true],
    ["code_failed", addMinutes(viewedAt, 2), true],
    ["signed", signedAt, true],
  ];
  for (const [type, occurredAt, bySigner] of events) {
    rows.signatureEvents.push({
      id: seedId("signature-event", `${id}/${type}`),
      requestId: id,
      type,
      ip: bySigner ? ip : null,
      userAgent: bySigner ? userAgent : null,
      occurredAt,
    });
  }
  return id;
}

function addPendingRequest(ctx: SeedContext, document: PlannedDocument): string {
  const { rows } = ctx;
  const login = DEMO_LOGINS.groupeMartinContact;
  const signer = document.company.contacts.find((contact) => contact.userId && contact.firstName === login.firstName)!;
  const id = seedId("signature-request", `${document.id}/pending`);
  const sentAt = addMinutes(document.createdAt, 50);
  rows.signatureRequests.push({
    id,
    organizationId: document.tenant.id,
    companyId: document.company.id,
    documentId: document.id,
    signerContactId: signer.id,
    status: "PENDING",
    stampPage: 1,
    signerEmail: signer.email,
    sentAt,
    createdAt: document.createdAt,
  });
  rows.signatureEvents.push(
    { id: seedId("signature-event", `${id}/created`), requestId: id, type: "created", occurredAt: document.createdAt },
    { id: seedId("signature-event", `${id}/sent`), requestId: id, type: "sent", occurredAt: sentAt },
  );
  return id;
}
