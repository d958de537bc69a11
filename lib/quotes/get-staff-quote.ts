import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { quoteDetailSelect, quoteLineSelect } from "./quote-detail-select";
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
      ...quoteDetailSelect,
      convertedAt: true,
      companyId: true,
      company: { select: { name: true } },
      action: { select: { id: true, number: true } },
      intraRequest: { select: { id: true } },
      lines: {
        orderBy: { position: "asc" },
        take: 50,
        select: { ...quoteLineSelect, action: { select: { id: true, number: true } } },
      },
    },
  });
  if (!quote) notFound();
  return { ...quote, status: quoteDisplayStatus(quote, now), contactName: `${quote.contact.firstName} ${quote.contact.lastName}` };
}

export type StaffQuote = Awaited<ReturnType<typeof getStaffQuote>>;
