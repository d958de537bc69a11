import "server-only";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";

export interface StaffModule {
  id: string;
  code: string;
  title: string;
  category: string;
  defaultPriceCents: number;
  published: boolean;
  prices: { id: string; companyId: string; companyName: string; priceCents: number }[];
  sessions: {
    id: string;
    number: string;
    title: string;
    startDate: Date;
    status: string;
    minPlaces: number;
    maxPlaces: number;
    taken: number;
  }[];
}

/** The organisation's modules with their publication, company prices and upcoming INTER sessions. */
export async function listStaffModules({
  staff,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId">;
  now?: Date;
}): Promise<StaffModule[]> {
  const modules = await db.module.findMany({
    where: { organizationId: staff.organizationId },
    orderBy: [{ category: "asc" }, { title: "asc" }],
    take: 500,
    select: {
      id: true,
      code: true,
      title: true,
      category: true,
      defaultPriceCents: true,
      published: true,
      prices: {
        orderBy: { createdAt: "asc" },
        select: { id: true, companyId: true, priceCents: true, company: { select: { name: true } } },
      },
      actionModules: {
        where: { action: { organizationId: staff.organizationId, type: "INTER", endDate: { gte: now } } },
        take: 50,
        select: {
          action: {
            select: {
              id: true,
              number: true,
              title: true,
              startDate: true,
              status: true,
              minPlaces: true,
              maxPlaces: true,
              _count: { select: { enrolments: { where: { status: { in: ["PENDING", "CONFIRMED"] } } } } },
            },
          },
        },
      },
    },
  });
  return modules.map((module) => ({
    id: module.id,
    code: module.code,
    title: module.title,
    category: module.category,
    defaultPriceCents: module.defaultPriceCents,
    published: module.published,
    prices: module.prices.map((price) => ({
      id: price.id,
      companyId: price.companyId,
      companyName: price.company.name,
      priceCents: price.priceCents,
    })),
    sessions: module.actionModules
      .map(({ action }) => ({
        id: action.id,
        number: action.number,
        title: action.title,
        startDate: action.startDate,
        status: action.status,
        minPlaces: action.minPlaces,
        maxPlaces: action.maxPlaces,
        taken: action._count.enrolments,
      }))
      .sort((a, b) => a.startDate.getTime() - b.startDate.getTime()),
  }));
}

/** Companies of the organisation, for the company-price picker. */
export async function listStaffCompanies({
  staff,
}: {
  staff: Pick<StaffContext, "organizationId">;
}): Promise<{ id: string; name: string }[]> {
  return db.company.findMany({
    where: { organizationId: staff.organizationId, isIndividual: false },
    orderBy: { name: "asc" },
    take: 1000,
    select: { id: true, name: true },
  });
}
