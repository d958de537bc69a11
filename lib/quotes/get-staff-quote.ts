import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { quoteDisplayStatus } from "./quote-status";

/** A quote of the organisation for /admin/devis/[id]; another organisation's id answers not found. */
export async function getStaffQuote({
  staff,
  quoteId,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId">;
  quoteId: string;
  now?: Date;
}) {
  const quote = await db.quote.findFirst({
    where: { id: quoteId, organizationId: staff.organizationId },
    select: {
      id: true,
      number: true,
      type: true,
      status: true,
      validUntil: true,
      sentAt: true,
      acceptedAt: true,
      declinedAt: true,
      declineReason: true,
      convertedAt: true,
      conditions: true,
      participantCount: true,
      startDate: true,
      endDate: true,
      totalExclTaxCents: true,
      vatCents: true,
      totalInclTaxCents: true,
      documentId: true,
      companyId: true,
      company: { select: { name: true } },
      contact: { select: { firstName: true, lastName: true } },
      action: { select: { id: true, number: true } },
      intraRequest: { select: { id: true } },
      lines: {
        orderBy: { position: "asc" },
        take: 50,
        select: {
          id: true,
          label: true,
          quantity: true,
          unitPriceCents: true,
          totalCents: true,
          action: { select: { id: true, number: true } },
        },
      },
    },
  });
  if (!quote) notFound();
  return { ...quote, status: quoteDisplayStatus(quote, now), contactName: `${quote.contact.firstName} ${quote.contact.lastName}` };
}

export type StaffQuote = Awaited<ReturnType<typeof getStaffQuote>>;
