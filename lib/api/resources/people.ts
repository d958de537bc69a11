import { z } from "zod";
import { db } from "../../db";
import type { Contact, Participant } from "../../generated/prisma/client";
import { afterId, apiId, dateTime, definedWhere, idPathParams, iso, listQuery, listResponse, pageOf, queryFilter } from "../api-schemas";
import { defineApiOperation } from "../define-api-route";
import { notFoundProblem } from "../problem";

// Contacts (people of a client company in the CRM) and participants (employees who attend training):
// both belong to one company of the token's organisation, named in the body when one is created.

const civility = z.enum(["MR", "MRS"]).nullable();
const person = {
  id: apiId,
  companyId: apiId,
  civility,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  jobTitle: z.string().nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
};
const contact = z.object({ ...person, phone: z.string().nullable() }).meta({ id: "Contact" });
const participant = z.object(person).meta({ id: "Participant" });

const personDto = (row: Contact | Participant) => ({
  id: row.id,
  companyId: row.companyId,
  civility: row.civility,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  jobTitle: row.jobTitle,
  createdAt: iso(row.createdAt)!,
  updatedAt: iso(row.updatedAt)!,
});

const newPerson = {
  companyId: apiId,
  civility: z.enum(["MR", "MRS"]).nullish(),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(200).nullish(),
  jobTitle: z.string().trim().max(100).nullish(),
};
const newContact = z.object({ ...newPerson, phone: z.string().trim().max(30).nullish() }).meta({ id: "NewContact" });
const newParticipant = z.object(newPerson).meta({ id: "NewParticipant" });

const peopleQuery = listQuery({
  companyId: queryFilter(apiId).meta({ description: "People of this company." }),
  email: queryFilter(z.string().max(200)).meta({ description: "Exact email, any case." }),
});
const peopleWhere = (organizationId: string, query: z.output<typeof peopleQuery>) => ({
  organizationId,
  ...afterId(query.after),
  ...definedWhere({
    companyId: query.companyId,
    email: query.email ? { equals: query.email, mode: "insensitive" as const } : undefined,
  }),
});

async function assertCompany(organizationId: string, companyId: string) {
  if (!(await db.company.findFirst({ where: { organizationId, id: companyId }, select: { id: true } }))) throw notFoundProblem("companyId");
}

export const peopleOperations = [
  defineApiOperation({
    id: "listContacts",
    method: "GET",
    path: "/contacts",
    summary: "List the contacts",
    scope: "contacts:read",
    query: peopleQuery,
    response: listResponse(contact),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.contact.findMany({ where: peopleWhere(organizationId, query), orderBy: { id: "asc" }, take: query.limit + 1 });
      return pageOf(rows, query.limit, (row) => ({ ...personDto(row), phone: row.phone }));
    },
  }),
  defineApiOperation({
    id: "getContact",
    method: "GET",
    path: "/contacts/{id}",
    summary: "Get a contact",
    scope: "contacts:read",
    params: idPathParams,
    response: contact,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.contact.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return { ...personDto(row), phone: row.phone };
    },
  }),
  defineApiOperation({
    id: "createContact",
    method: "POST",
    path: "/contacts",
    summary: "Create a contact of a company",
    scope: "contacts:write",
    body: newContact,
    response: contact,
    status: 201,
    handler: async ({ body }, { organizationId }) => {
      await assertCompany(organizationId, body.companyId);
      const row = await db.contact.create({ data: { organizationId, ...body } });
      return { ...personDto(row), phone: row.phone };
    },
  }),
  defineApiOperation({
    id: "listParticipants",
    method: "GET",
    path: "/participants",
    summary: "List the participants",
    scope: "participants:read",
    query: peopleQuery,
    response: listResponse(participant),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.participant.findMany({
        where: peopleWhere(organizationId, query),
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, personDto);
    },
  }),
  defineApiOperation({
    id: "getParticipant",
    method: "GET",
    path: "/participants/{id}",
    summary: "Get a participant",
    scope: "participants:read",
    params: idPathParams,
    response: participant,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.participant.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return personDto(row);
    },
  }),
  defineApiOperation({
    id: "createParticipant",
    method: "POST",
    path: "/participants",
    summary: "Create a participant of a company",
    scope: "participants:write",
    body: newParticipant,
    response: participant,
    status: 201,
    handler: async ({ body }, { organizationId }) => {
      await assertCompany(organizationId, body.companyId);
      return personDto(await db.participant.create({ data: { organizationId, ...body } }));
    },
  }),
];
