import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { StaffContext } from "../auth/require-staff";
import type { TransactionClient } from "../db/create-prisma-client";
import { db } from "../db";
import { recordEvent } from "../events/record-event";
import { TAKEN_SEAT_STATUSES } from "../catalogue/list-catalogue";

export type ConvertQuoteResult =
  { status: "converted"; actionId: string | null; seats: number } | { status: "refused"; reason: "not_found" | "not_accepted" | "full" };

class SessionFull extends Error {}

/** The next ADF_YYYYNNNN of the organisation, under a transaction-scoped lock so two conversions never pick the same. */
async function nextActionNumber(tx: TransactionClient, organizationId: string, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`action-number:${organizationId}`}))`;
  const prefix = `ADF_${year}`;
  const last = await tx.trainingAction.findFirst({
    where: { organizationId, number: { startsWith: prefix } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const sequence = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(Number.isFinite(sequence) ? sequence : 1).padStart(4, "0")}`;
}

/**
 * Turns an accepted quote, once (conditional update ACCEPTED → CONVERTED), into what it sold: an INTRA
 * quote becomes a scheduled INTRA action of the company with its modules and one placeholder seat per
 * participant; an INTER quote becomes placeholder seats in each quoted session, counted under the
 * session's row lock as the cart does (a session without the seats refuses the whole conversion).
 * Every seat records `enrolment.created`.
 */
export async function convertQuote({
  staff,
  quoteId,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  quoteId: string;
  now?: Date;
}): Promise<ConvertQuoteResult> {
  const organizationId = staff.organizationId;
  const quote = await db.quote.findFirst({
    where: { id: quoteId, organizationId },
    select: {
      id: true,
      number: true,
      type: true,
      companyId: true,
      participantCount: true,
      startDate: true,
      endDate: true,
      totalExclTaxCents: true,
      intraRequestId: true,
      company: { select: { centreId: true } },
      lines: {
        orderBy: { position: "asc" },
        take: 50,
        select: { moduleId: true, actionId: true, quantity: true, module: { select: { title: true, durationHours: true } } },
      },
    },
  });
  if (!quote) return { status: "refused", reason: "not_found" };
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.quote.updateMany({
        where: { id: quote.id, organizationId, status: "ACCEPTED" },
        data: { status: "CONVERTED", convertedAt: now },
      });
      if (count === 0) return { status: "refused", reason: "not_accepted" } as const;
      const scope = { organizationId, companyId: quote.companyId };
      const seats: { actionId: string; label: string }[] = [];
      let actionId: string | null = null;

      if (quote.type === "INTRA") {
        const modules = quote.lines.flatMap((line) => (line.moduleId && line.module ? [{ id: line.moduleId, ...line.module }] : []));
        const action = await tx.trainingAction.create({
          data: {
            ...scope,
            centreId: quote.company.centreId,
            number: await nextActionNumber(tx, organizationId, quote.startDate!.getUTCFullYear()),
            type: "INTRA",
            status: "SCHEDULED",
            title: modules
              .map((module) => module.title)
              .join(" + ")
              .slice(0, 200),
            startDate: quote.startDate!,
            endDate: quote.endDate!,
            durationHours: modules.reduce((sum, module) => sum.add(module.durationHours), new Prisma.Decimal(0)),
            minPlaces: 1,
            maxPlaces: quote.participantCount,
            priceCents: quote.totalExclTaxCents,
          },
          select: { id: true },
        });
        actionId = action.id;
        await tx.actionModule.createMany({
          data: [...new Map(modules.map((module) => [module.id, module])).values()].map((module, position) => ({
            organizationId,
            actionId: action.id,
            moduleId: module.id,
            position,
          })),
        });
        for (let index = 1; index <= quote.participantCount; index++) seats.push({ actionId: action.id, label: `Participant ${index}` });
      } else {
        const sessionIds = [...new Set(quote.lines.flatMap((line) => (line.actionId ? [line.actionId] : [])))].sort();
        const locked = await tx.$queryRaw<{ id: string; maxPlaces: number }[]>`
          SELECT "id", "maxPlaces" FROM "TrainingAction"
          WHERE "organizationId" = ${organizationId} AND "id" IN (${Prisma.join(sessionIds)}) AND "status" = 'SCHEDULED'
          ORDER BY "id" FOR UPDATE`;
        const taken = await tx.enrolment.groupBy({
          by: ["actionId"],
          where: { organizationId, actionId: { in: sessionIds }, status: { in: [...TAKEN_SEAT_STATUSES] } },
          _count: { _all: true },
        });
        const takenById = new Map(taken.map((row) => [row.actionId, row._count._all]));
        for (const line of quote.lines) {
          const session = locked.find((row) => row.id === line.actionId);
          const left = session ? session.maxPlaces - (takenById.get(session.id) ?? 0) : 0;
          if (!session || line.quantity > left) throw new SessionFull();
          takenById.set(session.id, (takenById.get(session.id) ?? 0) + line.quantity);
          const already = seats.filter((seat) => seat.actionId === session.id).length;
          for (let index = 1; index <= line.quantity; index++)
            seats.push({ actionId: session.id, label: `Participant ${already + index}` });
        }
      }

      for (const seat of seats) {
        const enrolment = await tx.enrolment.create({
          data: { ...scope, actionId: seat.actionId, placeholderLabel: seat.label, status: "CONFIRMED" },
          select: { id: true },
        });
        await recordEvent(tx, {
          ...scope,
          type: "enrolment.created",
          data: {
            enrolmentId: enrolment.id,
            actionId: seat.actionId,
            companyId: quote.companyId,
            participantId: null,
            status: "CONFIRMED",
            orderId: null,
          },
        });
      }
      await tx.quote.update({ where: { id: quote.id }, data: { actionId } });
      if (quote.intraRequestId) await tx.intraRequest.update({ where: { id: quote.intraRequestId }, data: { status: "ACCEPTED" } });
      await tx.auditEvent.create({
        data: {
          ...scope,
          actorUserId: staff.user.id,
          action: "quote.converted",
          targetType: "Quote",
          targetId: quote.id,
          metadata: { number: quote.number, actionId, seats: seats.length },
        },
      });
      return { status: "converted", actionId, seats: seats.length } as const;
    });
  } catch (error) {
    if (error instanceof SessionFull) return { status: "refused", reason: "full" };
    throw error;
  }
}
