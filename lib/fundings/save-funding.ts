import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { TransactionClient } from "../db/create-prisma-client";
import type { FunderKind, FundingStatus, Opco } from "../generated/prisma/enums";
import { countsAgainstPrice } from "./funding-kinds";
import { billedAmounts, companyFundings, companyInvoiceSplit, liveActionInvoice } from "../invoices/company-invoice-split";
import type { SplitFunding } from "../invoices/split-subrogation";
import { targetKey, type FundingAction, type FundingTarget } from "./funding-targets";
import { lockFundingAction } from "./lock-funding-action";
import { fundingFieldsSelect } from "./list-fundings";
import { notifyFunding } from "./notify-funding";

export interface FundingFields {
  funderKind: FunderKind;
  opco: Opco | null;
  funderName: string | null;
  agreementNumber: string | null;
  amountCents: number;
  status: FundingStatus;
  subrogation: boolean;
}

export type SaveFundingResult =
  | { status: "saved"; id: string }
  | { status: "refused"; field: "amount"; reason: "amount_over_price" }
  | { status: "refused"; field: null; reason: "action_invoiced" }
  | null;

const FUNDING_FIELDS = fundingFieldsSelect;

/** What the target's other live fundings already cover. */
async function fundedElsewhere(tx: TransactionClient, organizationId: string, actionId: string, target: FundingTarget, exceptId?: string) {
  const { _sum } = await tx.funding.aggregate({
    where: {
      organizationId,
      companyId: target.companyId,
      actionId,
      enrolmentId: target.enrolmentId,
      status: { not: "REFUSED" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    _sum: { amountCents: true },
  });
  return _sum.amountCents ?? 0;
}

/**
 * Once a company's part of the action is invoiced, a funding change may not alter what its invoices bill
 * (a GRANTED share marked PAID, a corrected agreement number pass; a new amount or subrogation does not).
 */
async function changesWhatWasInvoiced(
  tx: TransactionClient,
  {
    organizationId,
    action,
    companyId,
    changed,
  }: { organizationId: string; action: FundingAction; companyId: string; changed: SplitFunding },
) {
  if (!(await liveActionInvoice(tx, organizationId, action.id, companyId))) return false;
  const fundings = await companyFundings(tx, organizationId, action.id, companyId);
  const after = [...fundings.filter((funding) => funding.id !== changed.id), changed];
  return billedAmounts(companyInvoiceSplit(action, companyId, fundings)) !== billedAmounts(companyInvoiceSplit(action, companyId, after));
}

/**
 * Staff add a funding to one company (INTRA) or seat (INTER) of an action, or change one: never more than
 * the training's price for it, counting its other fundings the funder has not refused. Audited and emailed
 * to the company's contacts in the same transaction. Another organisation's action, target or funding: null.
 */
export async function saveFunding({
  staff,
  actionId,
  target: key,
  fundingId,
  fields,
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  actionId: string;
  /** targetKey() of the company or seat; ignored on an update (a funding keeps its target). */
  target: string;
  fundingId?: string;
  fields: FundingFields;
}): Promise<SaveFundingResult> {
  const { organizationId } = staff;
  return db.$transaction(async (tx) => {
    const action = await lockFundingAction(tx, organizationId, actionId);
    if (!action) return null;
    const before = fundingId
      ? await tx.funding.findFirst({ where: { organizationId, actionId, id: fundingId }, select: FUNDING_FIELDS })
      : null;
    if (fundingId && !before) return null;
    const target = action.targets.find((candidate) => targetKey(candidate) === (before ? targetKey(before) : key));
    if (!target) return null;
    const funded = await fundedElsewhere(tx, organizationId, actionId, target, fundingId);
    if (countsAgainstPrice(fields.status) && funded + fields.amountCents > target.priceCents)
      return { status: "refused", field: "amount", reason: "amount_over_price" };

    const values = { ...fields, opco: fields.funderKind === "OPCO" ? fields.opco : null };
    if (
      await changesWhatWasInvoiced(tx, {
        organizationId,
        action,
        companyId: target.companyId,
        changed: { ...(before ?? { id: "", enrolmentId: target.enrolmentId }), ...values },
      })
    )
      return { status: "refused", field: null, reason: "action_invoiced" };
    const saved = before
      ? await tx.funding.update({ where: { id: before.id }, data: values, select: FUNDING_FIELDS })
      : await tx.funding.create({
          data: { organizationId, companyId: target.companyId, actionId, enrolmentId: target.enrolmentId, ...values },
          select: FUNDING_FIELDS,
        });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: target.companyId,
        actorUserId: staff.user.id,
        action: before ? "funding.updated" : "funding.created",
        targetType: "Funding",
        targetId: saved.id,
        metadata: { actionId, enrolmentId: target.enrolmentId, before, after: saved },
      },
    });
    await notifyFunding(tx, {
      organizationId,
      companyId: target.companyId,
      change: before ? "updated" : "created",
      action,
      seatLabel: target.seatLabel,
      funding: saved,
    });
    return { status: "saved", id: saved.id };
  });
}

/** Staff delete a funding of the organisation (another's: null) not yet invoiced, audited and emailed like a change. */
export async function deleteFunding({
  staff,
  fundingId,
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  fundingId: string;
}): Promise<"deleted" | "invoiced" | null> {
  const { organizationId } = staff;
  return db.$transaction(async (tx) => {
    const funding = await tx.funding.findFirst({
      where: { organizationId, id: fundingId },
      select: { ...FUNDING_FIELDS, actionId: true, action: { select: { number: true, title: true } } },
    });
    if (!funding) return null;
    if (await tx.invoice.count({ where: { organizationId, fundingId: funding.id } })) return "invoiced";
    const { action, ...removed } = funding;
    await tx.funding.delete({ where: { id: funding.id } });
    const seat = funding.enrolmentId
      ? await tx.enrolment.findFirst({
          where: { organizationId, id: funding.enrolmentId },
          select: { placeholderLabel: true, participant: { select: { firstName: true, lastName: true } } },
        })
      : null;
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: funding.companyId,
        actorUserId: staff.user.id,
        action: "funding.deleted",
        targetType: "Funding",
        targetId: funding.id,
        metadata: { before: removed },
      },
    });
    await notifyFunding(tx, {
      organizationId,
      companyId: funding.companyId,
      change: "deleted",
      action,
      seatLabel: seat ? (seat.participant ? `${seat.participant.firstName} ${seat.participant.lastName}` : seat.placeholderLabel) : null,
      funding,
    });
    return "deleted";
  });
}
