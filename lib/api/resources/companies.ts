import { z } from "zod";
import { db } from "../../db";
import type { Company } from "../../generated/prisma/client";
import { apiId, dateTime, definedWhere, iso, queryFilter } from "../api-schemas";
import { readOperations } from "../read-operations";
import { defineApiOperation } from "../define-api-route";
import { notFoundProblem } from "../problem";

// Companies (entreprises) of the token's organisation.

const company = z
  .object({
    id: apiId,
    name: z.string(),
    isIndividual: z.boolean(),
    siret: z.string().nullable(),
    address: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    parentId: apiId.nullable(),
    centreId: apiId.nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "Company" });

const toDto = (row: Company): z.input<typeof company> => ({
  id: row.id,
  name: row.name,
  isIndividual: row.isIndividual,
  siret: row.siret,
  address: row.address,
  postalCode: row.postalCode,
  city: row.city,
  email: row.email,
  phone: row.phone,
  parentId: row.parentId,
  centreId: row.centreId,
  createdAt: iso(row.createdAt)!,
  updatedAt: iso(row.updatedAt)!,
});

const optionalText = (max: number) => z.string().trim().max(max).nullish();
const newCompany = z
  .object({
    name: z.string().trim().min(1).max(200),
    siret: z
      .string()
      .regex(/^\d{14}$/, "a SIRET has 14 digits")
      .nullish(),
    address: optionalText(300),
    postalCode: optionalText(10),
    city: optionalText(100),
    email: z.email().max(200).nullish(),
    phone: optionalText(30),
    parentId: apiId.nullish(),
    centreId: apiId.nullish(),
  })
  .meta({ id: "NewCompany" });

export const companyOperations = [
  ...readOperations({
    resource: "companies",
    singular: "Company",
    plural: "the companies",
    one: "a company",
    schema: company,
    toDto,
    filters: {
      q: queryFilter(z.string().max(100)).meta({ description: "Part of the name." }),
      parentId: queryFilter(apiId).meta({ description: "Subsidiaries of this company." }),
    },
    filterWhere: (query) =>
      definedWhere({ parentId: query.parentId, name: query.q ? { contains: query.q, mode: "insensitive" as const } : undefined }),
    findMany: (args) => db.company.findMany(args),
  }),
  defineApiOperation({
    id: "createCompany",
    method: "POST",
    path: "/companies",
    summary: "Create a company",
    scope: "companies:write",
    body: newCompany,
    response: company,
    status: 201,
    handler: async ({ body }, { organizationId }) => {
      if (body.parentId && !(await db.company.findFirst({ where: { organizationId, id: body.parentId }, select: { id: true } })))
        throw notFoundProblem("parentId");
      if (body.centreId && !(await db.centre.findFirst({ where: { organizationId, id: body.centreId }, select: { id: true } })))
        throw notFoundProblem("centreId");
      const row = await db.$transaction(async (tx) => {
        const created = await tx.company.create({ data: { organizationId, ...body } });
        await tx.auditEvent.create({
          data: { organizationId, companyId: created.id, action: "api.company_created", targetType: "Company", targetId: created.id },
        });
        return created;
      });
      return toDto(row);
    },
  }),
];
