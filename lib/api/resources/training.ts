import { z } from "zod";
import { db } from "../../db";
import { recordEvent } from "../../events/record-event";
import type { Attendance, Enrolment, TrainingAction } from "../../generated/prisma/client";
import {
  afterId,
  apiId,
  dateTime,
  day,
  definedWhere,
  idPathParams,
  iso,
  isoDay,
  listQuery,
  listResponse,
  pageOf,
  queryFilter,
} from "../api-schemas";
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
  defineApiOperation({
    id: "listActions",
    method: "GET",
    path: "/actions",
    summary: "List the training actions",
    scope: "actions:read",
    query: listQuery({
      type: queryFilter(z.enum(["INTER", "INTRA"])),
      status: queryFilter(actionStatus),
      companyId: queryFilter(apiId).meta({ description: "INTRA actions of this company." }),
      startFrom: dayFilter("Starting on or after this day."),
      startTo: dayFilter("Starting on or before this day."),
    }),
    response: listResponse(action),
    handler: async ({ query }, { organizationId }) => {
      const startDate =
        query.startFrom || query.startTo
          ? definedWhere({ gte: query.startFrom && new Date(query.startFrom), lte: query.startTo && new Date(query.startTo) })
          : undefined;
      const rows = await db.trainingAction.findMany({
        where: {
          organizationId,
          ...afterId(query.after),
          ...definedWhere({ type: query.type, status: query.status, companyId: query.companyId, startDate }),
        },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, actionDto);
    },
  }),
  defineApiOperation({
    id: "getAction",
    method: "GET",
    path: "/actions/{id}",
    summary: "Get a training action",
    scope: "actions:read",
    params: idPathParams,
    response: action,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.trainingAction.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return actionDto(row);
    },
  }),
  defineApiOperation({
    id: "listEnrolments",
    method: "GET",
    path: "/enrolments",
    summary: "List the enrolments",
    scope: "enrolments:read",
    query: listQuery({
      actionId: queryFilter(apiId),
      companyId: queryFilter(apiId),
      participantId: queryFilter(apiId),
      status: queryFilter(enrolmentStatus),
    }),
    response: listResponse(enrolment),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.enrolment.findMany({
        where: {
          organizationId,
          ...afterId(query.after),
          ...definedWhere({
            actionId: query.actionId,
            companyId: query.companyId,
            participantId: query.participantId,
            status: query.status,
          }),
        },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, enrolmentDto);
    },
  }),
  defineApiOperation({
    id: "getEnrolment",
    method: "GET",
    path: "/enrolments/{id}",
    summary: "Get an enrolment",
    scope: "enrolments:read",
    params: idPathParams,
    response: enrolment,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.enrolment.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return enrolmentDto(row);
    },
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
  defineApiOperation({
    id: "listAttendance",
    method: "GET",
    path: "/attendance",
    summary: "List attendance records (one per slot and enrolment)",
    scope: "attendance:read",
    query: listQuery({ enrolmentId: queryFilter(apiId), slotId: queryFilter(apiId), companyId: queryFilter(apiId) }),
    response: listResponse(attendance),
    handler: async ({ query }, { organizationId }) => {
      const rows = await db.attendance.findMany({
        where: {
          organizationId,
          ...afterId(query.after),
          ...definedWhere({ enrolmentId: query.enrolmentId, slotId: query.slotId, companyId: query.companyId }),
        },
        orderBy: { id: "asc" },
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, attendanceDto);
    },
  }),
  defineApiOperation({
    id: "getAttendance",
    method: "GET",
    path: "/attendance/{id}",
    summary: "Get an attendance record",
    scope: "attendance:read",
    params: idPathParams,
    response: attendance,
    handler: async ({ params }, { organizationId }) => {
      const row = await db.attendance.findFirst({ where: { organizationId, id: params.id } });
      if (!row) throw notFoundProblem();
      return attendanceDto(row);
    },
  }),
];
