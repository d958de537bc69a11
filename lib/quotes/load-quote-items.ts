import "server-only";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { loadCompanyPrices, upcomingInterWhere } from "../catalogue/list-catalogue";
import { resolveModulePrice, resolveUnitPrice } from "../catalogue/resolve-price";
import { formatDateSpan } from "../format/format";

/** What a quote line may sell: a module (INTRA, "m:<id>") or an upcoming INTER session ("a:<id>"). */
export interface QuoteItem {
  id: string;
  kind: "module" | "session";
  label: string;
  /** The company's price (excl. VAT): per session of the module (INTRA) or per seat (INTER). */
  unitPriceCents: number;
  moduleId: string | null;
  actionId: string | null;
  durationHours: number;
}

export const moduleItemId = (moduleId: string) => `m:${moduleId}`;

/**
 * The modules and upcoming INTER sessions of the organisation priced for the company as the catalogue
 * and the cart price them (its CompanyPrice rows first). With `ids`, only those (an unknown or another
 * organisation's id is simply absent).
 */
export async function loadQuoteItems({
  client,
  organizationId,
  companyId,
  ids,
  now = new Date(),
}: {
  client: Database | TransactionClient;
  organizationId: string;
  companyId: string;
  ids?: string[];
  now?: Date;
}): Promise<QuoteItem[]> {
  const wanted = (prefix: string) => ids?.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
  const moduleIds = wanted("m:");
  const actionIds = wanted("a:");
  const [modules, sessions, companyPrices] = await Promise.all([
    moduleIds?.length === 0
      ? []
      : client.module.findMany({
          where: { organizationId, ...(moduleIds ? { id: { in: moduleIds } } : { published: true }) },
          orderBy: [{ code: "asc" }],
          take: 300,
          select: { id: true, code: true, title: true, durationHours: true, defaultPriceCents: true },
        }),
    actionIds?.length === 0
      ? []
      : client.trainingAction.findMany({
          where: { ...upcomingInterWhere(organizationId, now), ...(actionIds ? { id: { in: actionIds } } : {}) },
          orderBy: [{ startDate: "asc" }, { id: "asc" }],
          take: 200,
          select: {
            id: true,
            number: true,
            title: true,
            startDate: true,
            endDate: true,
            priceCents: true,
            durationHours: true,
            modules: { select: { module: { select: { id: true, defaultPriceCents: true } } } },
          },
        }),
    loadCompanyPrices(client, organizationId, companyId),
  ]);
  return [
    ...modules.map((module) => ({
      id: moduleItemId(module.id),
      kind: "module" as const,
      label: `${module.code} — ${module.title}`,
      unitPriceCents: resolveModulePrice(module, companyPrices),
      moduleId: module.id,
      actionId: null,
      durationHours: Number(module.durationHours),
    })),
    ...sessions.map((session) => ({
      id: `a:${session.id}`,
      kind: "session" as const,
      label: `${session.number} — ${session.title} (${formatDateSpan(session.startDate, session.endDate)})`,
      unitPriceCents: resolveUnitPrice({
        actionPriceCents: session.priceCents,
        modules: session.modules.map((entry) => entry.module),
        companyPrices,
      }),
      moduleId: null,
      actionId: session.id,
      durationHours: Number(session.durationHours),
    })),
  ];
}
