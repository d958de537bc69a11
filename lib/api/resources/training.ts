import { z } from "zod";
import { db } from "../../db";
import { recordEvent } from "../../events/record-event";
import type { Attendance, Enrolment, TrainingAction } from "../../generated/prisma/client";
import { apiId, dateTime, day, definedWhere, idPathParams, iso, isoDay, queryFilter } from "../api-schemas";
import { readOperations } from "../read-operations";
import { defineApiOperation } from "../define-api-route";
import { notFoundProblem } from "../problem";

// Training actions (sessions), the enrolments of companies' participants in them, and attendance per slot.

const actionStatus = z.enum(["DRAFT", "SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]);
const action = z
  .object({
    id: apiId,
    number: z.string(),
    type: z.enum(["INTER", "INTRA"]),
    status: actionStatus,
    mode: z.enum(["IN_PERSON", "REMOTE", "BLENDED"]),
    title: z.string(),
    startDate: day,
    endDate: day,
    durationHours: z.number(),
    minPlaces: z.int(),
    maxPlaces: z.int(),
    priceCents: z.int().nullable(),
    companyId: apiId.nullable().meta({ description: "The client of an INTRA." }),
    centreId: apiId.nullable(),
    locationId: apiId.nullable(),
  })
  .meta({ id: "TrainingAction" });
const actionDto = (row: TrainingAction) => ({
  id: row.id,
  number: row.number,
  type: row.type,
  status: row.status,
  mode: row.mode,
  title: row.title,
  startDate: isoDay(row.startDate)!,
  endDate: isoDay(row.endDate)!,
  durationHours: row.durationHours.toNumber(),
  minPlaces: row.minPlaces,
  maxPlaces: row.maxPlaces,
  priceCents: row.priceCents,
  companyId: row.companyId,
  centreId: row.centreId,
  locationId: row.locationId,
});

const enrolmentStatus = z.enum(["PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED"]);
const enrolment = z
  .object({
    id: apiId,
    actionId: apiId,
    companyId: apiId,
    participantId: apiId.nullable().meta({ description: "null for a placeholder seat the company has not named yet." }),
    placeholderLabel: z.string().nullable(),
    status: enrolmentStatus,
    orderId: apiId.nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "Enrolment" });
const enrolmentDto = (row: Enrolment) => ({
  id: row.id,
  actionId: row.actionId,
  companyId: row.companyId,
  participantId: row.participantId,
  placeholderLabel: row.placeholderLabel,
  status: row.status,
  orderId: row.orderId,
  createdAt: iso(row.createdAt)!,
  updatedAt: iso(row.updatedAt)!,
});
const newEnrolment = z
  .object({ actionId: apiId, participantId: apiId, status: z.enum(["PENDING", "CONFIRMED", "WAITLISTED"]).default("CONFIRMED") })
  .meta({ id: "NewEnrolment" });
const enrolmentChange = z.object({ status: enrolmentStatus }).meta({ id: "EnrolmentChange" });

const attendance = z
  .object({
    id: apiId,
    slotId: apiId,
    enrolmentId: apiId,
    companyId: apiId,
    status: z.enum(["PRESENT", "ABSENT", "LATE", "EXCUSED"]),
    recordedAt: dateTime,
  })
  .meta({ id: "Attendance" });
const attendanceDto = (row: Attendance) => ({
  id: row.id,
  slotId: row.slotId,
  enrolmentId: row.enrolmentId,
  companyId: row.companyId,
  status: row.status,
  recordedAt: iso(row.recordedAt)!,
});

const dayFilter = (description: string) => queryFilter(day).meta({ description });

export const trainingOperations = [
  ...readOperations({
    resource: "actions",
    singular: "Action",
    plural: "the training actions",
    one: "a training action",
    schema: action,
    toDto: actionDto,
    filters: {
      type: queryFilter(z.enum(["INTER", "INTRA"])),
      status: queryFilter(actionStatus),
      companyId: queryFilter(apiId).meta({ description: "INTRA actions of this company." }),
      startFrom: dayFilter("Starting on or after this day."),
      startTo: dayFilter("Starting on or before this day."),
    },
    filterWhere: (query) => {
      const startDate =
        query.startFrom || query.startTo
          ? definedWhere({ gte: query.startFrom && new Date(query.startFrom), lte: query.startTo && new Date(query.startTo) })
          : undefined;
      return definedWhere({ type: query.type, status: query.status, companyId: query.companyId, startDate });
    },
    findMany: (args) => db.trainingAction.findMany(args),
  }),
  ...readOperations({
    resource: "enrolments",
    singular: "Enrolment",
    plural: "the enrolments",
    one: "an enrolment",
    schema: enrolment,
    toDto: enrolmentDto,
    filters: {
      actionId: queryFilter(apiId),
      companyId: queryFilter(apiId),
      participantId: queryFilter(apiId),
      status: queryFilter(enrolmentStatus),
    },
    filterWhere: (query) =>
      definedWhere({ actionId: query.actionId, companyId: query.companyId, participantId: query.participantId, status: query.status }),
    findMany: (args) => db.enrolment.findMany(args),
  }),
  defineApiOperation({
    id: "createEnrolment",
    method: "POST",
    path: "/enrolments",
    summary: "Enrol a participant in a training action (event enrolment.created)",
    scope: "enrolments:write",
    body: newEnrolment,
    response: enrolment,
    status: 201,
    handler: async ({ body }, { organizationId }) => {
      const [trainingAction, participant] = await Promise.all([
        db.trainingAction.findFirst({ where: { organizationId, id: body.actionId }, select: { id: true, type: true, companyId: true } }),
        db.participant.findFirst({ where: { organizationId, id: body.participantId }, select: { id: true, companyId: true } }),
      ]);
      if (!trainingAction) throw notFoundProblem("actionId");
      // An INTRA is its client's: another company's participant cannot take a seat in it.
      if (!participant || (trainingAction.type === "INTRA" && trainingAction.companyId !== participant.companyId))
        throw notFoundProblem("participantId");
      const row = await db.$transaction(async (tx) => {
        const created = await tx.enrolment.create({
          data: {
            organizationId,
            actionId: trainingAction.id,
            companyId: participant.companyId,
            participantId: participant.id,
            status: body.status,
          },
        });
        await recordEvent(tx, {
          organizationId,
          companyId: created.companyId,
          type: "enrolment.created",
          data: {
            enrolmentId: created.id,
            actionId: created.actionId,
            companyId: created.companyId,
            participantId: created.participantId,
            status: created.status,
            orderId: null,
          },
        });
        return created;
      });
      return enrolmentDto(row);
    },
  }),
  defineApiOperation({
    id: "updateEnrolment",
    method: "PATCH",
    path: "/enrolments/{id}",
    summary: "Change an enrolment's status (event enrolment.changed)",
    scope: "enrolments:write",
    params: idPathParams,
    body: enrolmentChange,
    response: enrolment,
    handler: async ({ params, body }, { organizationId }) => {
      const row = await db.$transaction(async (tx) => {
        const current = await tx.enrolment.findFirst({ where: { organizationId, id: params.id }, select: { id: true, status: true } });
        if (!current) throw notFoundProblem();
        const updated = await tx.enrolment.update({ where: { id: current.id }, data: { status: body.status } });
        if (current.status !== updated.status)
          await recordEvent(tx, {
            organizationId,
            companyId: updated.companyId,
            type: "enrolment.changed",
            data: {
              enrolmentId: updated.id,
              actionId: updated.actionId,
              companyId: updated.companyId,
              participantId: updated.participantId,
              status: updated.status,
              change: "status",
            },
          });
        return updated;
      });
      return enrolmentDto(row);
    },
  }),
  ...readOperations({
    resource: "attendance",
    singular: "Attendance",
    plural: "attendance records (one per slot and enrolment)",
    one: "an attendance record",
    schema: attendance,
    toDto: attendanceDto,
    filters: { enrolmentId: queryFilter(apiId), slotId: queryFilter(apiId), companyId: queryFilter(apiId) },
    filterWhere: (query) => definedWhere({ enrolmentId: query.enrolmentId, slotId: query.slotId, companyId: query.companyId }),
    findMany: (args) => db.attendance.findMany(args),
  }),
];
