import "server-only";
import { db } from "../db";
import type { AttendanceStatus } from "../generated/prisma/enums";
import { attendedHours } from "./attended-hours";

export interface DocumentParticipant {
  id: string | null;
  enrolmentId: string;
  name: string;
  jobTitle: string | null;
  /** Slot id → recorded status (absent from the map: not recorded). */
  attendance: Map<string, AttendanceStatus>;
  attendedHours: number;
}

export interface DocumentData {
  organization: {
    legalName: string;
    siret: string | null;
    nda: string | null;
    address: string | null;
    postalCode: string | null;
    city: string | null;
    email: string | null;
    phone: string | null;
  };
  company: { id: string; name: string; siret: string | null; address: string | null; postalCode: string | null; city: string | null };
  action: {
    id: string;
    number: string;
    title: string;
    type: "INTER" | "INTRA";
    mode: "IN_PERSON" | "REMOTE" | "BLENDED";
    startDate: Date;
    endDate: Date;
    durationHours: number;
    priceCents: number | null;
    location: string | null;
  };
  modules: {
    code: string;
    title: string;
    objectives: string | null;
    prerequisites: string | null;
    programme: string | null;
    durationHours: number;
  }[];
  trainers: string[];
  slots: { id: string; startsAt: Date; endsAt: Date; module: string | null; location: string | null; trainer: string | null }[];
  participants: DocumentParticipant[];
  /** The participant a per-participant document is for. */
  participant: DocumentParticipant | null;
}

export interface LoadDocumentDataOptions {
  organizationId: string;
  actionId: string;
  companyId: string;
  participantId?: string | null;
}

const place = (
  location: { name: string; address: string | null; postalCode: string | null; city: string | null; isRemote: boolean } | null,
) =>
  location
    ? location.isRemote
      ? `${location.name} (à distance)`
      : [location.name, location.address, [location.postalCode, location.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")
    : null;

/**
 * Everything a generated document shows, for one action and one company of the organisation. Null when
 * the action, the company or the participant is not the organisation's, or the company takes no part.
 */
export async function loadDocumentData({
  organizationId,
  actionId,
  companyId,
  participantId,
}: LoadDocumentDataOptions): Promise<DocumentData | null> {
  const [organization, company, action] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { legalName: true, siret: true, nda: true, address: true, postalCode: true, city: true, email: true, phone: true },
    }),
    db.company.findFirst({
      where: { id: companyId, organizationId },
      select: { id: true, name: true, siret: true, address: true, postalCode: true, city: true },
    }),
    db.trainingAction.findFirst({
      where: { id: actionId, organizationId },
      select: {
        id: true,
        number: true,
        title: true,
        type: true,
        mode: true,
        startDate: true,
        endDate: true,
        durationHours: true,
        priceCents: true,
        companyId: true,
        location: { select: { name: true, address: true, postalCode: true, city: true, isRemote: true } },
        modules: {
          orderBy: { position: "asc" },
          take: 20,
          select: {
            module: { select: { code: true, title: true, objectives: true, prerequisites: true, programme: true, durationHours: true } },
          },
        },
        trainers: { take: 20, select: { trainer: { select: { firstName: true, lastName: true } } } },
        slots: {
          orderBy: { startsAt: "asc" },
          take: 500,
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            module: { select: { title: true } },
            location: { select: { name: true, address: true, postalCode: true, city: true, isRemote: true } },
            trainer: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
  ]);
  if (!company || !action) return null;

  const enrolments = await db.enrolment.findMany({
    where: { organizationId, actionId, companyId, status: { not: "CANCELLED" } },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: {
      id: true,
      placeholderLabel: true,
      participant: { select: { id: true, firstName: true, lastName: true, jobTitle: true } },
      attendances: { take: 500, select: { slotId: true, status: true } },
    },
  });
  if (enrolments.length === 0 && !(action.type === "INTRA" && action.companyId === companyId)) return null;

  const slots = action.slots.map((slot) => ({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt }));
  const participants: DocumentParticipant[] = enrolments.map((enrolment, index) => {
    const attendance = new Map(enrolment.attendances.map((row) => [row.slotId, row.status] as const));
    return {
      id: enrolment.participant?.id ?? null,
      enrolmentId: enrolment.id,
      name: enrolment.participant
        ? `${enrolment.participant.firstName} ${enrolment.participant.lastName}`
        : (enrolment.placeholderLabel ?? `Participant ${index + 1}`),
      jobTitle: enrolment.participant?.jobTitle ?? null,
      attendance,
      attendedHours: attendedHours(slots, attendance),
    };
  });
  let participant: DocumentParticipant | null = null;
  if (participantId) {
    participant = participants.find((candidate) => candidate.id === participantId) ?? null;
    if (!participant) return null;
  }

  return {
    organization,
    company,
    action: {
      id: action.id,
      number: action.number,
      title: action.title,
      type: action.type,
      mode: action.mode,
      startDate: action.startDate,
      endDate: action.endDate,
      durationHours: Number(action.durationHours),
      priceCents: action.priceCents,
      location: place(action.location),
    },
    modules: action.modules.map(({ module }) => ({ ...module, durationHours: Number(module.durationHours) })),
    trainers: action.trainers.map(({ trainer }) => `${trainer.firstName} ${trainer.lastName}`),
    slots: action.slots.map((slot) => ({
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      module: slot.module?.title ?? null,
      location: place(slot.location),
      trainer: slot.trainer ? `${slot.trainer.firstName} ${slot.trainer.lastName}` : null,
    })),
    participants,
    participant,
  };
}
