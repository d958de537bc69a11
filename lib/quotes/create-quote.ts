import "server-only";
import { PDFDocument } from "pdf-lib";
import type { ActionType } from "../generated/prisma/enums";
import type { StaffContext } from "../auth/require-staff";
import { getBrand } from "../branding/get-brand";
import { db } from "../db";
import { storeDocument } from "../documents/store-document";
import { loadQuoteItems } from "./load-quote-items";
import { nextQuoteNumber } from "./next-quote-number";
import { notifyQuoteSent } from "./notify-quote-sent";
import { quoteTotals } from "./quote-totals";
import { rolesOpening } from "../tenancy/contact-permissions";
import { renderQuotePdf } from "./render-quote-pdf";

export interface CreateQuoteInput {
  companyId: string;
  contactId: string;
  intraRequestId?: string | null;
  type: ActionType;
  validUntil: Date;
  conditions: string;
  participantCount: number;
  startDate?: Date | null;
  endDate?: Date | null;
  lines: { itemId: string; quantity: number }[];
}

export type CreateQuoteResult =
  | { status: "created"; id: string; number: string }
  | { status: "refused"; field: "companyId" | "contactId" | "lines" | "intraRequestId"; reason: string };

/**
 * Writes a quote at the company's prices and sends it: the next number, the PDF stored as the company's
 * document, a signature request to the chosen contact (how they accept it) and the email, all in one
 * transaction, so a failure gives its number back and no quote exists without its PDF.
 */
export async function createQuote({
  staff,
  input,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  input: CreateQuoteInput;
  now?: Date;
}): Promise<CreateQuoteResult> {
  const organizationId = staff.organizationId;
  const [company, contact, intraRequest, items] = await Promise.all([
    db.company.findFirst({
      where: { id: input.companyId, organizationId, isIndividual: false },
      select: { id: true, name: true, siret: true, vatNumber: true, address: true, postalCode: true, city: true },
    }),
    db.contact.findFirst({
      where: {
        id: input.contactId,
        organizationId,
        companyId: input.companyId,
        // The addressee must be able to open /devis to accept it (lib/tenancy/contact-permissions.ts).
        access: { is: { status: "ACTIVE", role: { in: rolesOpening("quotes") }, user: { disabledAt: null } } },
      },
      select: { id: true, firstName: true, lastName: true, access: { select: { user: { select: { email: true } } } } },
    }),
    input.intraRequestId
      ? db.intraRequest.findFirst({ where: { id: input.intraRequestId, organizationId, companyId: input.companyId }, select: { id: true } })
      : null,
    loadQuoteItems({ client: db, organizationId, companyId: input.companyId, ids: input.lines.map((line) => line.itemId), now }),
  ]);
  if (!company) return { status: "refused", field: "companyId", reason: "not_found" };
  const email = contact?.access?.user?.email;
  if (!contact || !email) return { status: "refused", field: "contactId", reason: "contact_invalid" };
  if (input.intraRequestId && !intraRequest) return { status: "refused", field: "intraRequestId", reason: "not_found" };
  const itemById = new Map(items.map((item) => [item.id, item]));
  const wantedKind = input.type === "INTRA" ? "module" : "session";
  const lines = input.lines.map((line) => ({ line, item: itemById.get(line.itemId) }));
  if (lines.some(({ item }) => !item || item.kind !== wantedKind))
    return { status: "refused", field: "lines", reason: input.type === "INTRA" ? "lines_modules_only" : "lines_sessions_only" };

  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { vatExempt: true } });
  const priced = lines.map(({ line, item }, position) => ({
    position,
    moduleId: item!.moduleId,
    actionId: item!.actionId,
    label: item!.label,
    quantity: line.quantity,
    unitPriceCents: item!.unitPriceCents,
    totalCents: line.quantity * item!.unitPriceCents,
  }));
  const totals = quoteTotals(priced, organization.vatExempt);
  const brand = await getBrand({ db, organizationId, companyId: company.id });

  return db.$transaction(
    async (tx) => {
      const { sequence, number } = await nextQuoteNumber({ tx, organizationId, now });
      const bytes = await renderQuotePdf({
        brand,
        data: {
          number,
          type: input.type,
          issuedAt: now,
          validUntil: input.validUntil,
          conditions: input.conditions,
          participantCount: input.participantCount,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          vatExempt: organization.vatExempt,
          company,
          contactName: `${contact.firstName} ${contact.lastName}`,
          lines: priced,
          ...totals,
        },
      });
      const pages = (await PDFDocument.load(bytes)).getPageCount();
      const document = await storeDocument({
        tx,
        organizationId,
        companyId: company.id,
        kind: "OTHER",
        title: `Devis ${number}`,
        bytes,
        actorUserId: staff.user.id,
      });
      await tx.document.update({ where: { id: document.id }, data: { sentAt: now } });
      // The acceptance block is at the end: the signature is stamped on the last page.
      const request = await tx.signatureRequest.create({
        data: {
          organizationId,
          companyId: company.id,
          documentId: document.id,
          signerContactId: contact.id,
          signerEmail: email,
          stampPage: pages,
          sentAt: now,
          events: {
            create: [
              { type: "created", occurredAt: now },
              { type: "sent", occurredAt: now },
            ],
          },
        },
        select: { id: true },
      });
      const quote = await tx.quote.create({
        data: {
          organizationId,
          companyId: company.id,
          contactId: contact.id,
          intraRequestId: intraRequest?.id ?? null,
          documentId: document.id,
          signatureRequestId: request.id,
          sequence,
          number,
          type: input.type,
          validUntil: input.validUntil,
          conditions: input.conditions,
          participantCount: input.participantCount,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          ...totals,
          createdByUserId: staff.user.id,
          sentAt: now,
          lines: { create: priced.map((line) => ({ organizationId, ...line })) },
        },
        select: { id: true },
      });
      if (intraRequest) await tx.intraRequest.update({ where: { id: intraRequest.id }, data: { status: "PROPOSAL_SENT" } });
      await tx.auditEvent.create({
        data: {
          organizationId,
          companyId: company.id,
          actorUserId: staff.user.id,
          action: "quote.sent",
          targetType: "Quote",
          targetId: quote.id,
          metadata: { number, totalInclTaxCents: totals.totalInclTaxCents, signatureRequestId: request.id },
        },
      });
      await notifyQuoteSent({
        tx,
        organizationId,
        brand,
        to: email,
        quote: {
          id: quote.id,
          number,
          companyName: company.name,
          totalInclTaxCents: totals.totalInclTaxCents,
          validUntil: input.validUntil,
        },
      });
      return { status: "created" as const, id: quote.id, number };
      // The PDF is rendered while the counter row is locked (it carries the number): allow for a busy machine.
    },
    { timeout: 20_000 },
  );
}
