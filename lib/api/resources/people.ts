import { z } from "zod";
import { db } from "../../db";
import type { Contact, Participant } from "../../generated/prisma/client";
import { apiId, dateTime, definedWhere, iso, queryFilter } from "../api-schemas";
import { readOperations } from "../read-operations";
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

const peopleFilters = {
  companyId: queryFilter(apiId).meta({ description: "People of this company." }),
  email: queryFilter(z.string().max(200)).meta({ description: "Exact email, any case." }),
};
const peopleWhere = (query: { companyId?: string; email?: string }) =>
  definedWhere({ companyId: query.companyId, email: query.email ? { equals: query.email, mode: "insensitive" as const } : undefined });
const contactDto = (row: Contact) => ({ ...personDto(row), phone: row.phone });

async function assertCompany(organizationId: string, companyId: string) {
  if (!(await db.company.findFirst({ where: { organizationId, id: companyId }, select: { id: true } }))) throw notFoundProblem("companyId");
}

export const peopleOperations = [
  ...readOperations({
    resource: "contacts",
    singular: "Contact",
    plural: "the contacts",
    one: "a contact",
    schema: contact,
    toDto: contactDto,
    filters: peopleFilters,
    filterWhere: peopleWhere,
    findMany: (args) => db.contact.findMany(args),
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
      return contactDto(row);
    },
  }),
  ...readOperations({
    resource: "participants",
    singular: "Participant",
    plural: "the participants",
    one: "a participant",
    schema: participant,
    toDto: personDto,
    filters: peopleFilters,
    filterWhere: peopleWhere,
    findMany: (args) => db.participant.findMany(args),
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
