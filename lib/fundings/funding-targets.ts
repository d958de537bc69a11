import "server-only";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { resolveUnitPrice } from "../catalogue/resolve-price";

/** What one funding line can cover: an INTRA action for its client, or one seat of an INTER action. */
export interface FundingTarget {
  companyId: string;
  companyName: string;
  enrolmentId: string | null;
  /** The seat's participant (or placeholder), null for an INTRA. */
  seatLabel: string | null;
  /** The training's price for this company or seat, excl. tax, as the catalogue prices it. */
  priceCents: number;
}

export interface FundingAction {
  id: string;
  number: string;
  title: string;
  type: "INTER" | "INTRA";
  startDate: Date;
  endDate: Date;
  targets: FundingTarget[];
}

/**
 * An action of the organisation (another organisation's: null) with what can be funded on it: its INTRA
 * client at the session's price, or its seats that are not cancelled, each at the company's price per seat
 * (CompanyPrice first, as the cart prices it).
 */
export async function loadFundingAction({
  client,
  organizationId,
  actionId,
  companyIds,
}: {
  client: Database | TransactionClient;
  organizationId: string;
  actionId: string;
  /** Only these companies' targets (the extranet's viewed companies). */
  companyIds?: string[];
}): Promise<FundingAction | null> {
  const action = await client.trainingAction.findFirst({
    where: { organizationId, id: actionId },
    select: {
      id: true,
      number: true,
      title: true,
      type: true,
      startDate: true,
      endDate: true,
      priceCents: true,
      company: { select: { id: true, name: true } },
      modules: { take: 50, select: { module: { select: { id: true, defaultPriceCents: true } } } },
      enrolments: {
        where: { status: { not: "CANCELLED" }, ...(companyIds ? { companyId: { in: companyIds } } : {}) },
        orderBy: [{ company: { name: "asc" } }, { participant: { lastName: "asc" } }, { placeholderLabel: "asc" }],
        take: 300,
        select: {
          id: true,
          placeholderLabel: true,
          company: { select: { id: true, name: true } },
          participant: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  if (!action) return null;
  const companies =
    action.type === "INTRA"
      ? action.company && (!companyIds || companyIds.includes(action.company.id))
        ? [action.company]
        : []
      : [...new Map(action.enrolments.map((seat) => [seat.company.id, seat.company])).values()];
  const prices = await client.companyPrice.findMany({
    where: { organizationId, companyId: { in: companies.map((company) => company.id) } },
    select: { companyId: true, moduleId: true, priceCents: true },
    take: 5000,
  });
  const modules = action.modules.map((entry) => entry.module);
  const companyPrices = (companyId: string) =>
    new Map(prices.filter((row) => row.companyId === companyId).map((row) => [row.moduleId, row.priceCents]));
  // An INTRA's session price is the one agreed with its client; an INTER seat costs what the cart charges.
  const priceFor = (companyId: string) =>
    action.type === "INTRA" && action.priceCents !== null
      ? action.priceCents
      : resolveUnitPrice({ actionPriceCents: action.priceCents, modules, companyPrices: companyPrices(companyId) });
  const targets: FundingTarget[] =
    action.type === "INTRA"
      ? companies.map((company) => ({
          companyId: company.id,
          companyName: company.name,
          enrolmentId: null,
          seatLabel: null,
          priceCents: priceFor(company.id),
        }))
      : action.enrolments.map((seat) => ({
          companyId: seat.company.id,
          companyName: seat.company.name,
          enrolmentId: seat.id,
          seatLabel: seat.participant ? `${seat.participant.firstName} ${seat.participant.lastName}` : (seat.placeholderLabel ?? ""),
          priceCents: priceFor(seat.company.id),
        }));
  const { company: _company, modules: _modules, enrolments: _enrolments, priceCents: _price, ...rest } = action;
  return { ...rest, targets };
}

/** The key of a target in forms: the seat's id, or the INTRA client's company id. */
export const targetKey = (target: Pick<FundingTarget, "companyId" | "enrolmentId">) => target.enrolmentId ?? `company:${target.companyId}`;
