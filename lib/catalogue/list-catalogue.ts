import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { cachedForOrganization } from "../cache/organization-data-cache";
import { resolveModulePrice, resolveUnitPrice } from "./resolve-price";

export const TAKEN_SEAT_STATUSES = ["PENDING", "CONFIRMED"] as const;

/**
 * How old the catalogue pages' sessions and seats left may be (the page says so): they are read once per
 * organisation and filter in that time, and the cart's validation re-checks every seat under a row lock,
 * so a stale count never lets a session be overbooked.
 */
export const CATALOGUE_FRESHNESS_SECONDS = 30;
/** Sessions per module on the catalogue's list (the soonest; the module's page shows up to MODULE_PAGE_SESSIONS). */
export const LIST_SESSIONS_PER_MODULE = 3;
export const MODULE_PAGE_SESSIONS = 20;

export interface CatalogueSession {
  id: string;
  number: string;
  title: string;
  startDate: Date;
  endDate: Date;
  mode: "IN_PERSON" | "REMOTE" | "BLENDED";
  place: string | null;
  city: string | null;
  maxPlaces: number;
  seatsLeft: number;
  /** Per participant excl. VAT, at the company's price when the viewer is a contact. */
  unitPriceCents: number;
}

export interface CatalogueModule {
  id: string;
  code: string;
  title: string;
  category: string;
  summary: string | null;
  objectives: string | null;
  prerequisites: string | null;
  programme: string | null;
  durationHours: number;
  priceCents: number;
  /** True when priceCents is the company's specific price. */
  companyPrice: boolean;
  /** The soonest upcoming sessions, at most `sessionsPerModule`. */
  sessions: CatalogueSession[];
  /** Every upcoming session of the module, shown or not. */
  upcomingSessionCount: number;
}

export interface CatalogueFilters {
  q?: string;
  category?: string;
  city?: string;
}

export interface ListCatalogueOptions {
  organizationId: string;
  /** The contact's company, for its prices; null for a visitor. */
  companyId: string | null;
  filters?: CatalogueFilters;
  moduleId?: string;
  /** How many of each module's soonest sessions to read (the list shows a few, a module's page more). */
  sessionsPerModule?: number;
  now?: Date;
  client?: Database | TransactionClient;
}

/** Upcoming, open INTER sessions: the ones the catalogue sells. */
export function upcomingInterWhere(organizationId: string, now: Date): Prisma.TrainingActionWhereInput {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { organizationId, type: "INTER", status: "SCHEDULED", startDate: { gt: today } };
}

export async function loadCompanyPrices(
  client: Database | TransactionClient,
  organizationId: string,
  companyId: string | null,
): Promise<Map<string, number>> {
  if (!companyId) return new Map();
  const prices = await client.companyPrice.findMany({
    where: { organizationId, companyId },
    select: { moduleId: true, priceCents: true },
    take: 1000,
  });
  return new Map(prices.map((price) => [price.moduleId, price.priceCents]));
}

type CatalogueQuery = Omit<ListCatalogueOptions, "companyId">;

/** The published modules of the organisation, by category, with their next upcoming INTER sessions and seats left. */
function loadCatalogueModules({
  organizationId,
  filters = {},
  moduleId,
  sessionsPerModule = MODULE_PAGE_SESSIONS,
  now = new Date(),
  client = db,
}: CatalogueQuery) {
  const q = filters.q?.trim();
  const where: Prisma.ModuleWhereInput = { organizationId, published: true };
  if (moduleId) where.id = moduleId;
  if (filters.category) where.category = filters.category;
  if (q) {
    where.OR = [
      { title: { contains: q, mode: "insensitive" } },
      { summary: { contains: q, mode: "insensitive" } },
      { code: { contains: q, mode: "insensitive" } },
      { category: { contains: q, mode: "insensitive" } },
    ];
  }
  const city = filters.city?.trim();
  const sessionWhere: Prisma.TrainingActionWhereInput = {
    ...upcomingInterWhere(organizationId, now),
    ...(city ? { location: { city: { equals: city, mode: "insensitive" } } } : {}),
  };
  if (city) where.actionModules = { some: { action: sessionWhere } };

  return client.module.findMany({
    where,
    orderBy: [{ category: "asc" }, { title: "asc" }],
    take: 200,
    select: {
      id: true,
      code: true,
      title: true,
      category: true,
      summary: true,
      objectives: true,
      prerequisites: true,
      programme: true,
      durationHours: true,
      defaultPriceCents: true,
      _count: { select: { actionModules: { where: { action: sessionWhere } } } },
      actionModules: {
        where: { action: sessionWhere },
        // The soonest sessions: a module of a large organisation has hundreds to come.
        orderBy: { action: { startDate: "asc" } },
        take: sessionsPerModule,
        select: {
          action: {
            select: {
              id: true,
              number: true,
              title: true,
              startDate: true,
              endDate: true,
              mode: true,
              maxPlaces: true,
              priceCents: true,
              location: { select: { name: true, city: true } },
              modules: { select: { module: { select: { id: true, defaultPriceCents: true } } } },
              _count: { select: { enrolments: { where: { status: { in: [...TAKEN_SEAT_STATUSES] } } } } },
            },
          },
        },
      },
    },
  });
}

type CatalogueRow = Awaited<ReturnType<typeof loadCatalogueModules>>[number];

/** The rows priced for the viewer: the company's own prices where it has some. */
function priceCatalogue(modules: CatalogueRow[], companyPrices: ReadonlyMap<string, number>): CatalogueModule[] {
  return modules.map((module) => {
    const sessions = module.actionModules
      .map(({ action }) => ({
        id: action.id,
        number: action.number,
        title: action.title,
        startDate: action.startDate,
        endDate: action.endDate,
        mode: action.mode,
        place: action.location?.name ?? null,
        city: action.location?.city ?? null,
        maxPlaces: action.maxPlaces,
        seatsLeft: Math.max(0, action.maxPlaces - action._count.enrolments),
        unitPriceCents: resolveUnitPrice({
          actionPriceCents: action.priceCents,
          modules: action.modules.map((entry) => entry.module),
          companyPrices,
        }),
      }))
      .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
    return {
      id: module.id,
      code: module.code,
      title: module.title,
      category: module.category,
      summary: module.summary,
      objectives: module.objectives,
      prerequisites: module.prerequisites,
      programme: module.programme,
      durationHours: Number(module.durationHours),
      priceCents: resolveModulePrice(module, companyPrices),
      companyPrice: companyPrices.has(module.id),
      sessions,
      upcomingSessionCount: module._count.actionModules,
    };
  });
}

/** The catalogue as it is now in the database (what a write or a test must see). */
export async function listCatalogue({ companyId, ...query }: ListCatalogueOptions): Promise<CatalogueModule[]> {
  const client = query.client ?? db;
  const [modules, companyPrices] = await Promise.all([
    loadCatalogueModules(query),
    loadCompanyPrices(client, query.organizationId, companyId),
  ]);
  return priceCatalogue(modules, companyPrices);
}

/**
 * The catalogue the public pages show: the same rows, read at most once per CATALOGUE_FRESHNESS_SECONDS
 * per organisation and filter, then priced for the viewer with the company's prices, kept as long (a
 * price change forgets them at once; the cart's validation reads them again in its transaction).
 */
export async function browseCatalogue({ companyId, ...query }: Omit<ListCatalogueOptions, "client" | "now">): Promise<CatalogueModule[]> {
  const key = JSON.stringify([
    "catalogue",
    query.moduleId ?? null,
    query.sessionsPerModule ?? MODULE_PAGE_SESSIONS,
    query.filters?.q?.trim() ?? "",
    query.filters?.category ?? "",
    query.filters?.city?.trim() ?? "",
  ]);
  const [modules, companyPrices] = await Promise.all([
    cachedForOrganization(query.organizationId, key, CATALOGUE_FRESHNESS_SECONDS * 1000, () => loadCatalogueModules(query)),
    cachedForOrganization(query.organizationId, JSON.stringify(["companyPrices", companyId]), CATALOGUE_FRESHNESS_SECONDS * 1000, () =>
      loadCompanyPrices(db, query.organizationId, companyId),
    ),
  ]);
  return priceCatalogue(modules, companyPrices);
}

/** Categories and cities for the catalogue's filters, read at most once per CATALOGUE_FRESHNESS_SECONDS. */
export function listCatalogueFacets({
  organizationId,
  now = new Date(),
}: {
  organizationId: string;
  now?: Date;
}): Promise<{ categories: string[]; cities: string[] }> {
  return cachedForOrganization(organizationId, "facets", CATALOGUE_FRESHNESS_SECONDS * 1000, () =>
    loadCatalogueFacets({ organizationId, now }),
  );
}

async function loadCatalogueFacets({
  organizationId,
  now = new Date(),
}: {
  organizationId: string;
  now?: Date;
}): Promise<{ categories: string[]; cities: string[] }> {
  const [categories, locations] = await Promise.all([
    db.module.findMany({
      where: { organizationId, published: true },
      distinct: ["category"],
      select: { category: true },
      orderBy: { category: "asc" },
      take: 100,
    }),
    db.location.findMany({
      where: { organizationId, city: { not: null }, actions: { some: upcomingInterWhere(organizationId, now) } },
      distinct: ["city"],
      select: { city: true },
      orderBy: { city: "asc" },
      take: 100,
    }),
  ]);
  return { categories: categories.map((row) => row.category), cities: locations.map((row) => row.city!).filter(Boolean) };
}
