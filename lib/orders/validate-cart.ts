import "server-only";
import { notFound } from "next/navigation";
import { Prisma } from "../generated/prisma/client";
import type { EnrolmentStatus } from "../generated/prisma/enums";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";
import type { Cart } from "../catalogue/cart";
import { findDuplicateParticipant } from "../catalogue/find-duplicate-participant";
import { TAKEN_SEAT_STATUSES, loadCompanyPrices } from "../catalogue/list-catalogue";
import { resolveUnitPrice } from "../catalogue/resolve-price";
import { nextOrderNumber } from "./next-order-number";
import { notifyCartOrder, type PlacedLine } from "./notify-order-placed";
import { recordEvent } from "../events/record-event";

export type RefusalReason = "full" | "unavailable" | "no_participants" | "already_enrolled";

export interface ValidateCartResult {
  order: { id: string; number: string; status: "PENDING" | "CONFIRMED"; totalExclTaxCents: number } | null;
  /** Sessions enrolled (or waitlisted): the caller removes them from the cart. */
  accepted: { actionId: string; title: string; waitlisted: boolean }[];
  /** Sessions refused: they stay in the cart, with the reason shown to the contact. */
  refused: { actionId: string; title: string | null; reason: RefusalReason }[];
}

export interface ValidateCartOptions {
  context: Pick<ContactContext, "organizationId" | "company" | "contactId" | "user">;
  cart: Cart;
  /** Put the people of a full session on its waiting list instead of refusing it. */
  waitlist?: boolean;
  now?: Date;
}

interface LockedAction {
  id: string;
  maxPlaces: number;
}

/**
 * Turns the cart into enrolments and one order, in ONE transaction that cannot overbook: the sessions'
 * rows are locked (SELECT … FOR UPDATE, in id order so two carts never deadlock) before their seats are
 * counted, so concurrent validations of the same session run one after the other and each sees the seats
 * the previous ones took. Sessions that filled meanwhile are refused and the rest goes through.
 */
export async function validateCart({
  context,
  cart,
  waitlist = false,
  now = new Date(),
}: ValidateCartOptions): Promise<ValidateCartResult> {
  if (cart.c !== context.company.id) notFound();
  const lines = cart.l;
  if (lines.length === 0) return { order: null, accepted: [], refused: [] };

  const result = await db.$transaction(
    async (tx) => {
      const organizationId = context.organizationId;
      const actionIds = [...new Set(lines.map((line) => line.a))].sort();
      const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
      const locked = await tx.$queryRaw<LockedAction[]>`
        SELECT "id", "maxPlaces" FROM "TrainingAction"
        WHERE "organizationId" = ${organizationId} AND "id" IN (${Prisma.join(actionIds)})
          AND "type" = 'INTER' AND "status" = 'SCHEDULED' AND "startDate" > ${today}
        ORDER BY "id" FOR UPDATE`;
      const lockedById = new Map(locked.map((action) => [action.id, action]));

      // Seats are counted after the locks: every earlier validation of these sessions has committed.
      const [taken, actions, chosen, known, companyPrices] = await Promise.all([
        tx.enrolment.groupBy({
          by: ["actionId"],
          where: { organizationId, actionId: { in: actionIds }, status: { in: [...TAKEN_SEAT_STATUSES] } },
          _count: { _all: true },
        }),
        tx.trainingAction.findMany({
          where: { organizationId, id: { in: actionIds } },
          take: actionIds.length,
          select: {
            id: true,
            title: true,
            startDate: true,
            endDate: true,
            priceCents: true,
            modules: { select: { module: { select: { id: true, defaultPriceCents: true } } } },
          },
        }),
        tx.participant.findMany({
          where: { ...companyScope(context), id: { in: lines.flatMap((line) => line.p) } },
          take: 500,
          select: { id: true, firstName: true, lastName: true },
        }),
        tx.participant.findMany({
          where: {
            ...companyScope(context),
            email: { in: lines.flatMap((line) => line.n.map((person) => person.e.toLowerCase())), mode: "insensitive" },
          },
          take: 500,
          select: { id: true, firstName: true, lastName: true, email: true },
        }),
        loadCompanyPrices(tx, organizationId, context.company.id),
      ]);
      // A participant id of another company in the cart (a forged cookie) answers not found, like any other id.
      const chosenById = new Map(chosen.map((participant) => [participant.id, participant]));
      if (lines.some((line) => line.p.some((participantId) => !chosenById.has(participantId)))) notFound();
      const takenById = new Map(taken.map((row) => [row.actionId, row._count._all]));
      const actionById = new Map(actions.map((action) => [action.id, action]));

      const accepted: ValidateCartResult["accepted"] = [];
      const refused: ValidateCartResult["refused"] = [];
      const plans: {
        line: (typeof lines)[number];
        action: (typeof actions)[number];
        status: "PENDING" | "CONFIRMED" | "WAITLISTED";
        unitPriceCents: number;
      }[] = [];
      for (const line of lines) {
        const action = actionById.get(line.a);
        const lock = lockedById.get(line.a);
        if (!action || !lock) {
          refused.push({ actionId: line.a, title: action?.title ?? null, reason: "unavailable" });
          continue;
        }
        const people = line.p.length + line.n.length;
        if (people === 0) {
          refused.push({ actionId: action.id, title: action.title, reason: "no_participants" });
          continue;
        }
        const seatsLeft = lock.maxPlaces - (takenById.get(action.id) ?? 0);
        const full = people > seatsLeft;
        if (full && !waitlist) {
          refused.push({ actionId: action.id, title: action.title, reason: "full" });
          continue;
        }
        if (line.p.length > 0) {
          const already = await tx.enrolment.count({
            where: { organizationId, actionId: action.id, participantId: { in: line.p }, status: { not: "CANCELLED" } },
          });
          if (already > 0) {
            refused.push({ actionId: action.id, title: action.title, reason: "already_enrolled" });
            continue;
          }
        }
        if (!full) takenById.set(action.id, (takenById.get(action.id) ?? 0) + people);
        const unitPriceCents = resolveUnitPrice({
          actionPriceCents: action.priceCents,
          modules: action.modules.map((entry) => entry.module),
          companyPrices,
        });
        plans.push({ line, action, status: full ? "WAITLISTED" : "PENDING", unitPriceCents });
      }
      if (plans.length === 0) return { order: null, accepted, refused };

      const { number, organization } = await nextOrderNumber({ tx, organizationId, now });
      const seatStatus = organization.autoConfirmEnrolments ? "CONFIRMED" : "PENDING";
      const totalExclTaxCents = plans
        .filter((plan) => plan.status !== "WAITLISTED")
        .reduce((sum, plan) => sum + plan.unitPriceCents * (plan.line.p.length + plan.line.n.length), 0);
      const order = await tx.order.create({
        data: {
          organizationId,
          companyId: context.company.id,
          contactId: context.contactId,
          number,
          status: organization.autoConfirmEnrolments ? "CONFIRMED" : "PENDING",
          totalExclTaxCents,
          requesterName: `${context.user.firstName} ${context.user.lastName}`,
          requesterEmail: context.user.email,
          requesterCompany: context.company.name,
        },
        select: { id: true, number: true, status: true, totalExclTaxCents: true },
      });

      const placed: PlacedLine[] = [];
      for (const plan of plans) {
        await tx.orderLine.create({
          data: {
            organizationId,
            orderId: order.id,
            actionId: plan.action.id,
            quantity: plan.line.p.length + plan.line.n.length,
            unitPriceCents: plan.unitPriceCents,
          },
        });
        const people: { id: string; name: string }[] = plan.line.p.map((participantId) => {
          const participant = chosenById.get(participantId)!;
          return { id: participant.id, name: `${participant.firstName} ${participant.lastName}` };
        });
        for (const person of plan.line.n) {
          // Created here, or the one with this email created since the person was typed in the cart.
          const existing = findDuplicateParticipant({ firstName: person.f, lastName: person.l, email: person.e }, known);
          const participant =
            existing?.reason === "duplicate_email"
              ? existing.match
              : await tx.participant.create({
                  data: { ...companyScope(context), firstName: person.f, lastName: person.l, email: person.e },
                  select: { id: true, firstName: true, lastName: true, email: true },
                });
          if (!existing) known.push(participant);
          people.push({ id: participant.id, name: `${participant.firstName} ${participant.lastName}` });
        }
        const status: EnrolmentStatus = plan.status === "WAITLISTED" ? "WAITLISTED" : seatStatus;
        for (const person of people) {
          // A typed person who turned out to be a known participant already holding a place keeps it as is.
          const current = await tx.enrolment.findUnique({
            where: { actionId_participantId: { actionId: plan.action.id, participantId: person.id } },
            select: { status: true },
          });
          if (current && current.status !== "CANCELLED") continue;
          const enrolment = await tx.enrolment.upsert({
            where: { actionId_participantId: { actionId: plan.action.id, participantId: person.id } },
            create: {
              organizationId,
              companyId: context.company.id,
              actionId: plan.action.id,
              participantId: person.id,
              status,
              orderId: order.id,
            },
            update: { status, orderId: order.id },
            select: { id: true },
          });
          const seat = {
            enrolmentId: enrolment.id,
            actionId: plan.action.id,
            companyId: context.company.id,
            participantId: person.id,
            status,
          };
          const scope = { organizationId, companyId: context.company.id };
          if (current) await recordEvent(tx, { ...scope, type: "enrolment.changed", data: { ...seat, change: "status" } });
          else await recordEvent(tx, { ...scope, type: "enrolment.created", data: { ...seat, orderId: order.id } });
        }
        accepted.push({ actionId: plan.action.id, title: plan.action.title, waitlisted: plan.status === "WAITLISTED" });
        placed.push({
          title: plan.action.title,
          startDate: plan.action.startDate,
          endDate: plan.action.endDate,
          people: people.map((person) => person.name),
          status,
        });
      }

      await tx.auditEvent.create({
        data: {
          organizationId,
          companyId: context.company.id,
          actorUserId: context.user.id,
          action: "order.created",
          targetType: "Order",
          targetId: order.id,
          metadata: { number, accepted: accepted.length, refused: refused.length },
        },
      });
      await recordEvent(tx, {
        organizationId,
        companyId: context.company.id,
        type: "order.placed",
        data: {
          orderId: order.id,
          number,
          companyId: context.company.id,
          status: order.status === "CONFIRMED" ? "CONFIRMED" : "PENDING",
          totalExclTaxCents,
        },
      });

      await notifyCartOrder({
        tx,
        organizationId,
        organizationEmail: organization.email,
        company: context.company,
        contact: context.user,
        number,
        lines: placed,
        totalExclTaxCents,
        confirmed: seatStatus === "CONFIRMED",
      });
      return { order: { ...order, status: order.status as "PENDING" | "CONFIRMED" }, accepted, refused };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
  return { order: result.order, accepted: result.accepted, refused: result.refused };
}
