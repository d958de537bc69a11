import { addDays, addMinutes, formatFrenchDate } from "./calendar";
import type { DemoCatalogues } from "./catalogue";
import type { DemoCompanies } from "./crm";
import { DEMO_LOGINS } from "./demo-accounts";
import { renderDemoPdf } from "./demo-pdf";
import { documentStorageKey } from "./documents";
import type { DemoTenants } from "./organisations-and-sites";
import type { SeedContext } from "./seed-context";
import { seedId, sha256Hex } from "./seed-ids";
import type { DemoActions } from "./training-actions";

const euros = (cents: number) => `${(cents / 100).toLocaleString("fr-FR", { minimumFractionDigits: 2 }).replace(/\s/g, " ")} €`;

interface PlannedQuote {
  key: string;
  type: "INTER" | "INTRA";
  outcome: "accepted" | "sent" | "expired";
  sentDaysAgo: number;
  validDays: number;
  lines: { moduleId: string | null; actionId: string | null; label: string; quantity: number; unitPriceCents: number }[];
  participantCount: number;
  startDate: Date | null;
  endDate: Date | null;
}

/**
 * Three quotes of Formapro to Groupe Martin, addressed to Claire Martin: one accepted (signed, with its
 * evidence), one sent and still valid (she can accept it), one expired. Their documents are dated before
 * the demo's other pending signature so the documents list keeps showing that one first.
 */
export function buildQuotes(
  ctx: SeedContext,
  tenants: DemoTenants,
  companies: DemoCompanies,
  catalogues: DemoCatalogues,
  actions: DemoActions,
) {
  return Promise.all(plannedQuotes(ctx, catalogues, actions).map((plan, index) => addQuote(ctx, tenants, companies, plan, index + 1)));
}

function plannedQuotes(ctx: SeedContext, catalogues: DemoCatalogues, actions: DemoActions): PlannedQuote[] {
  const vente = actions["vente-lyon"]!;
  const anglais = actions["anglais-remote-next"]!;
  const management = catalogues.formapro.modules["MGT-FOND"]!;
  const session = (action: typeof vente, quantity: number) => ({
    moduleId: null,
    actionId: action.id,
    label: `${action.number} — ${action.title}`,
    quantity,
    unitPriceCents: action.priceCents,
  });
  return [
    {
      key: "accepted",
      type: "INTER",
      outcome: "accepted",
      sentDaysAgo: 20,
      validDays: 30,
      lines: [session(vente, 2)],
      participantCount: 2,
      startDate: null,
      endDate: null,
    },
    {
      key: "expired",
      type: "INTRA",
      outcome: "expired",
      sentDaysAgo: 45,
      validDays: 30,
      lines: [
        {
          moduleId: management.id,
          actionId: null,
          label: `${management.code} — ${management.title}`,
          quantity: 1,
          unitPriceCents: 2 * management.defaultPriceCents,
        },
      ],
      participantCount: 8,
      startDate: addDays(ctx.today, 60),
      endDate: addDays(ctx.today, 61),
    },
    {
      key: "sent",
      type: "INTER",
      outcome: "sent",
      sentDaysAgo: 5,
      validDays: 30,
      lines: [session(anglais, 1)],
      participantCount: 1,
      startDate: null,
      endDate: null,
    },
  ];
}

async function addQuote(ctx: SeedContext, tenants: DemoTenants, companies: DemoCompanies, plan: PlannedQuote, sequence: number) {
  const { rows } = ctx;
  const tenant = tenants.formapro;
  const company = companies["groupe-martin"]!;
  const claire = company.contacts.find((contact) => contact.email === DEMO_LOGINS.groupeMartinContact.email)!;
  const number = `DEV-${ctx.today.getUTCFullYear()}-${String(sequence).padStart(4, "0")}`;
  const id = seedId("quote", `formapro/${plan.key}`);
  const documentId = seedId("document", `quote/${plan.key}`);
  const requestId = seedId("signature-request", `quote/${plan.key}`);
  const sentAt = addDays(ctx.now, -plan.sentDaysAgo);
  const validUntil = addDays(ctx.today, plan.validDays - plan.sentDaysAgo);
  const totalExclTaxCents = plan.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const vatCents = tenant.vatExempt ? 0 : Math.round(totalExclTaxCents * 0.2);
  const pdf = {
    title: `Devis ${number}`,
    issuer: {
      name: tenant.legalName,
      color: tenant.primaryColor,
      lines: [`${tenant.address}, ${tenant.postalCode} ${tenant.city}`, `SIRET ${tenant.siret}`, `Déclaration d'activité n° ${tenant.nda}`],
    },
    recipient: {
      name: company.name,
      lines: [company.address, `${company.postalCode} ${company.city}`, `À l’attention de ${claire.firstName} ${claire.lastName}`],
    },
    details: [
      ...plan.lines.map((line): [string, string] => [line.label, `${line.quantity} × ${euros(line.unitPriceCents)} HT`]),
      ["Total HT", euros(totalExclTaxCents)],
      ["Total TTC", euros(totalExclTaxCents + vatCents)],
      ["Valable jusqu’au", formatFrenchDate(validUntil)],
    ] as [string, string][],
    body: "Acompte de 30 % à l’acceptation, solde à réception de la facture. Ce devis devient un engagement une fois signé électroniquement avant sa date de validité.",
    createdAt: sentAt,
  };
  const bytes = await renderDemoPdf(pdf);
  const key = documentStorageKey(tenant.id, company.id, `${documentId}.pdf`);
  rows.files.push({ key, bytes, contentType: "application/pdf" });
  rows.documents.push({
    id: documentId,
    organizationId: tenant.id,
    companyId: company.id,
    kind: "OTHER",
    title: `Devis ${number}`,
    storageKey: key,
    sizeBytes: bytes.byteLength,
    sha256: sha256Hex(bytes),
    sentAt,
    createdAt: sentAt,
  });
  const signedAt = addMinutes(addDays(sentAt, 2), 12);
  const signed =
    plan.outcome === "accepted"
      ? await renderDemoPdf({
          ...pdf,
          signature: { name: `${claire.firstName} ${claire.lastName}`, jobTitle: claire.jobTitle, signedAt: formatFrenchDate(signedAt) },
          createdAt: signedAt,
        })
      : null;
  const signedKey = documentStorageKey(tenant.id, company.id, `${documentId}-signed.pdf`);
  if (signed) rows.files.push({ key: signedKey, bytes: signed, contentType: "application/pdf" });
  rows.signatureRequests.push({
    id: requestId,
    organizationId: tenant.id,
    companyId: company.id,
    documentId,
    signerContactId: claire.id,
    status: signed ? "SIGNED" : "PENDING",
    stampPage: 1,
    signerEmail: claire.email,
    sentAt,
    createdAt: sentAt,
    ...(signed && {
      signerName: `${claire.firstName} ${claire.lastName}`,
      signerFunction: claire.jobTitle,
      signedIp: "203.0.113.41",
      signedUserAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
      originalSha256: sha256Hex(bytes),
      signedSha256: sha256Hex(signed),
      signedStorageKey: signedKey,
      otpAttempts: 0,
      otpVerifiedAt: signedAt,
      viewedAt: addMinutes(signedAt, -6),
      signedAt,
    }),
  });
  for (const [type, occurredAt] of [
    ["created", sentAt],
    ["sent", sentAt],
    ...(signed
      ? [
          ["code_verified", signedAt],
          ["signed", signedAt],
        ]
      : []),
  ] as [string, Date][])
    rows.signatureEvents.push({ id: seedId("signature-event", `${requestId}/${type}`), requestId, type, occurredAt });
  rows.quotes.push({
    id,
    organizationId: tenant.id,
    companyId: company.id,
    contactId: claire.id,
    documentId,
    signatureRequestId: requestId,
    sequence,
    number,
    type: plan.type,
    status: plan.outcome === "accepted" ? "ACCEPTED" : "SENT",
    validUntil,
    conditions: pdf.body,
    participantCount: plan.participantCount,
    startDate: plan.startDate,
    endDate: plan.endDate,
    totalExclTaxCents,
    vatCents,
    totalInclTaxCents: totalExclTaxCents + vatCents,
    createdByUserId: tenant.managerUserId,
    sentAt,
    acceptedAt: signed ? signedAt : null,
    createdAt: sentAt,
    updatedAt: signed ? signedAt : sentAt,
  });
  plan.lines.forEach((line, position) =>
    rows.quoteLines.push({
      id: seedId("quote-line", `${id}/${position}`),
      organizationId: tenant.id,
      quoteId: id,
      position,
      ...line,
      totalCents: line.quantity * line.unitPriceCents,
    }),
  );
  const counter = rows.quoteCounters.find((row) => row.organizationId === tenant.id);
  if (counter) counter.lastSequence = Math.max(counter.lastSequence ?? 0, sequence);
  else rows.quoteCounters.push({ organizationId: tenant.id, lastSequence: sequence });
}
