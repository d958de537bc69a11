import "server-only";
import { db } from "../db";
import { invoiceStatusWhere } from "../invoices/invoice-status";
import { utcToday } from "../trainings/utc-today";
import { createNotifications } from "./create-notifications";

/** An invoice overdue for longer than this is old news: the cron does not look that far back. */
export const OVERDUE_LOOKBACK_DAYS = 30;
const BATCH = 500;

/**
 * The "notify-overdue-invoices" job (cron, daily): each invoice whose due date has just passed with
 * nothing paid (a subrogated funder's is chased by the organisation, not the company) notifies its company's contacts, once per invoice and contact (the notification's unique
 * key: a second run, or another instance's, adds nothing).
 */
export async function notifyOverdueInvoices(
  _payload: object = {},
  { now = new Date() }: { now?: Date } = {},
): Promise<{ created: number }> {
  const today = utcToday(now);
  const since = new Date(today.getTime() - OVERDUE_LOOKBACK_DAYS * 86_400_000);
  let created = 0;
  for (let cursor: string | undefined; ;) {
    const invoices = await db.invoice.findMany({
      where: {
        AND: [invoiceStatusWhere("OVERDUE", today, db.invoice.fields), { kind: "INVOICE", fundingId: null, dueDate: { gte: since } }],
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, organizationId: true, companyId: true, number: true },
    });
    for (const invoice of invoices)
      created += await db.$transaction((tx) =>
        createNotifications(tx, {
          organizationId: invoice.organizationId,
          companyId: invoice.companyId,
          kind: "INVOICE_OVERDUE",
          sourceKey: invoice.id,
          data: { subject: invoice.number, href: `/factures/${invoice.id}` },
        }),
      );
    if (invoices.length < BATCH) return { created };
    cursor = invoices[invoices.length - 1].id;
  }
}
