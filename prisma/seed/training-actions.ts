import { addDays, parisTime, workingDay } from "./calendar";
import type { DemoCatalogues, DemoLocation } from "./catalogue";
import type { DemoCompanies, DemoCompany } from "./crm";
import type { DemoOrganizationSlug } from "./demo-accounts";
import type { DemoTenants } from "./organisations-and-sites";
import { createRandom } from "./random";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";

type Timing = "past" | "current" | "upcoming";
type EnrolmentStatus = "PENDING" | "CONFIRMED" | "WAITLISTED" | "CANCELLED";

export interface DemoSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  moduleId: string;
  trainerId: string;
}

export interface DemoEnrolment {
  id: string;
  company: DemoCompany;
  participantId: string | null;
  placeholderLabel: string | null;
  status: EnrolmentStatus;
}

export interface DemoAction {
  key: string;
  id: string;
  tenant: DemoOrganizationSlug;
  organizationId: string;
  centreId: string | null;
  number: string;
  type: "INTER" | "INTRA";
  status: "DRAFT" | "SCHEDULED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
  timing: Timing;
  title: string;
  moduleCodes: string[];
  intraCompany: DemoCompany | null;
  location: DemoLocation;
  startDate: Date;
  endDate: Date;
  durationHours: number;
  priceCents: number;
  maxPlaces: number;
  slots: DemoSlot[];
  enrolments: DemoEnrolment[];
  /** Ended slots whose attendance the trainer has not recorded yet. */
  unrecordedSlotIds: Set<string>;
}

export type DemoActions = Record<string, DemoAction>;

interface SeatSpec {
  company: string;
  confirmed?: number;
  pending?: number;
  waitlisted?: number;
  cancelled?: number;
  /** Seats reserved without a name yet ("Participant 1"…), INTRA only. */
  placeholders?: number;
}

interface ActionSpec {
  tenant: DemoOrganizationSlug;
  key: string;
  type: "INTER" | "INTRA";
  title?: string;
  modules: string[];
  trainers: string[];
  location: string;
  /** The client of an INTRA. */
  company?: string;
  /** Working-day offsets from today (0 = today or the next working day). */
  days: number[];
  halfDays: "full" | "morning";
  maxPlaces: number;
  minPlaces?: number;
  /** INTER: per participant; INTRA: per session. Defaults to the module price. */
  priceCents?: number;
  status?: "DRAFT" | "CANCELLED";
  seats: SeatSpec[];
  /** Leave the last ended slot without attendance. */
  lastEndedSlotUnrecorded?: boolean;
}

const ACTIONS: ActionSpec[] = [
  // Formapro Conseil — past
  {
    tenant: "formapro",
    key: "sst-lyon-last-year",
    type: "INTER",
    modules: ["SST-I"],
    trainers: ["garnier"],
    location: "lyon",
    days: [-250, -249],
    halfDays: "full",
    maxPlaces: 10,
    minPlaces: 4,
    seats: [
      { company: "martin-boulangerie-lyon", confirmed: 4 },
      { company: "clinique-saint-roch", confirmed: 5 },
    ],
  },
  {
    tenant: "formapro",
    key: "conflits-paris-cancelled",
    type: "INTER",
    modules: ["CONFLITS"],
    trainers: ["perret"],
    location: "paris",
    days: [-30],
    halfDays: "full",
    maxPlaces: 10,
    minPlaces: 4,
    status: "CANCELLED",
    seats: [
      { company: "atelier-dumas", cancelled: 1 },
      { company: "cabinet-lefevre", cancelled: 1 },
    ],
  },
  {
    tenant: "formapro",
    key: "haccp-intra-boulangerie",
    type: "INTRA",
    company: "martin-boulangerie-lyon",
    modules: ["HACCP"],
    trainers: ["bertrand"],
    location: "boulangerie",
    days: [-62, -61],
    halfDays: "full",
    maxPlaces: 12,
    priceCents: 280_000,
    seats: [{ company: "martin-boulangerie-lyon", confirmed: 10, cancelled: 1 }],
  },
  {
    tenant: "formapro",
    key: "management-nantes",
    type: "INTER",
    modules: ["MGT-FOND"],
    trainers: ["fontaine"],
    location: "nantes",
    days: [-45, -44, -43],
    halfDays: "full",
    maxPlaces: 8,
    minPlaces: 4,
    seats: [
      { company: "martin-patisserie-nantes", confirmed: 3 },
      { company: "transports-riviere", confirmed: 3 },
      { company: "groupe-martin", confirmed: 1 },
    ],
  },
  {
    tenant: "formapro",
    key: "sst-intra-riviere",
    type: "INTRA",
    company: "transports-riviere",
    modules: ["SST-I"],
    trainers: ["garnier"],
    location: "riviere",
    days: [-22, -21],
    halfDays: "full",
    maxPlaces: 10,
    priceCents: 260_000,
    seats: [{ company: "transports-riviere", confirmed: 9 }],
    lastEndedSlotUnrecorded: true,
  },
  {
    tenant: "formapro",
    key: "excel-remote",
    type: "INTER",
    modules: ["EXCEL-PERF"],
    trainers: ["bouzid"],
    location: "remote",
    days: [-12, -11],
    halfDays: "full",
    maxPlaces: 10,
    seats: [
      { company: "clinique-saint-roch", confirmed: 3 },
      { company: "cabinet-lefevre", confirmed: 2 },
      { company: "atelier-dumas", confirmed: 1 },
      { company: "julien-moreau", confirmed: 1 },
    ],
  },
  // Formapro Conseil — in progress
  {
    tenant: "formapro",
    key: "manager-quotidien-lyon",
    type: "INTER",
    title: "Manager au quotidien : fondamentaux et gestion des conflits",
    modules: ["MGT-FOND", "CONFLITS"],
    trainers: ["fontaine", "perret"],
    location: "lyon",
    days: [-2, -1, 0, 1],
    halfDays: "full",
    maxPlaces: 10,
    minPlaces: 4,
    priceCents: 139_000,
    seats: [
      { company: "groupe-martin", confirmed: 2 },
      { company: "martin-boulangerie-lyon", confirmed: 2 },
      { company: "clinique-saint-roch", confirmed: 3, cancelled: 1 },
    ],
    lastEndedSlotUnrecorded: true,
  },
  {
    tenant: "formapro",
    key: "anglais-remote",
    type: "INTER",
    modules: ["ANG-B1"],
    trainers: ["cohen"],
    location: "remote",
    days: [-8, -6, -4, -2, 1, 3, 5, 7],
    halfDays: "morning",
    maxPlaces: 8,
    seats: [
      { company: "transports-riviere", confirmed: 2 },
      { company: "clinique-saint-roch", confirmed: 2 },
      { company: "cabinet-lefevre", confirmed: 1 },
      { company: "martin-patisserie-nantes", confirmed: 1 },
    ],
  },
  // Formapro Conseil — upcoming
  {
    tenant: "formapro",
    key: "sst-nantes",
    type: "INTER",
    modules: ["SST-I"],
    trainers: ["garnier"],
    location: "nantes",
    days: [12, 13],
    halfDays: "full",
    maxPlaces: 6,
    minPlaces: 4,
    seats: [
      { company: "transports-riviere", confirmed: 3, cancelled: 1 },
      { company: "martin-patisserie-nantes", confirmed: 3, waitlisted: 1 },
      { company: "atelier-dumas", pending: 1 },
    ],
  },
  {
    tenant: "formapro",
    key: "haccp-intra-patisserie",
    type: "INTRA",
    company: "martin-patisserie-nantes",
    modules: ["HACCP"],
    trainers: ["bertrand"],
    location: "nantes",
    days: [20, 21],
    halfDays: "full",
    maxPlaces: 10,
    priceCents: 280_000,
    seats: [{ company: "martin-patisserie-nantes", confirmed: 4, placeholders: 4 }],
  },
  {
    tenant: "formapro",
    key: "epi-lyon",
    type: "INTER",
    modules: ["EPI"],
    trainers: ["garnier"],
    location: "lyon",
    days: [28],
    halfDays: "morning",
    maxPlaces: 12,
    minPlaces: 3,
    seats: [
      { company: "groupe-martin", confirmed: 2 },
      { company: "martin-boulangerie-lyon", confirmed: 3 },
      { company: "clinique-saint-roch", pending: 2 },
    ],
  },
  {
    tenant: "formapro",
    key: "vente-lyon",
    type: "INTER",
    modules: ["VENTE"],
    trainers: ["bouzid"],
    location: "lyon",
    days: [40, 41],
    halfDays: "full",
    maxPlaces: 10,
    minPlaces: 4,
    seats: [{ company: "martin-patisserie-nantes", confirmed: 1 }],
  },
  {
    tenant: "formapro",
    key: "anglais-remote-next",
    type: "INTER",
    modules: ["ANG-B1"],
    trainers: ["cohen"],
    location: "remote",
    days: [30, 32, 34, 36, 38, 40, 42, 44],
    halfDays: "morning",
    maxPlaces: 8,
    seats: [],
  },
  {
    tenant: "formapro",
    key: "excel-nantes-draft",
    type: "INTER",
    modules: ["EXCEL-PERF"],
    trainers: ["bouzid"],
    location: "nantes",
    days: [55, 56],
    halfDays: "full",
    maxPlaces: 10,
    status: "DRAFT",
    seats: [],
  },
  // Académie Horizon
  {
    tenant: "horizon",
    key: "accueil-officine-intra",
    type: "INTRA",
    company: "pharmacie-du-parc",
    modules: ["ACC-OFF"],
    trainers: ["chevalier"],
    location: "bordeaux",
    days: [-35, -34],
    halfDays: "full",
    maxPlaces: 8,
    priceCents: 240_000,
    seats: [{ company: "pharmacie-du-parc", confirmed: 6 }],
  },
  {
    tenant: "horizon",
    key: "accueil-hotel",
    type: "INTER",
    modules: ["ACC-HOT"],
    trainers: ["marchand"],
    location: "bordeaux",
    days: [-15, -14],
    halfDays: "full",
    maxPlaces: 10,
    seats: [
      { company: "hotel-bellevue", confirmed: 5 },
      { company: "sophie-lambert", confirmed: 1 },
    ],
  },
  {
    tenant: "horizon",
    key: "anglais-hotel-remote",
    type: "INTER",
    modules: ["ANG-HOT"],
    trainers: ["marchand"],
    location: "remote",
    days: [-3, -1, 1, 3, 5, 7],
    halfDays: "morning",
    maxPlaces: 8,
    seats: [
      { company: "hotel-bellevue", confirmed: 4 },
      { company: "pharmacie-du-parc", confirmed: 1 },
    ],
    lastEndedSlotUnrecorded: true,
  },
  {
    tenant: "horizon",
    key: "dispensation",
    type: "INTER",
    modules: ["DISP"],
    trainers: ["chevalier"],
    location: "bordeaux",
    days: [15],
    halfDays: "full",
    maxPlaces: 4,
    seats: [
      { company: "pharmacie-du-parc", confirmed: 3, pending: 1 },
      { company: "hotel-bellevue", waitlisted: 1 },
    ],
  },
];

const HALF_DAYS = {
  morning: [[9, 0, 12, 30]],
  full: [
    [9, 0, 12, 30],
    [13, 30, 17, 0],
  ],
} as const;
const SLOT_HOURS = 3.5;

/**
 * INTER and INTRA actions in the past, in progress (days on both sides of today) and upcoming, with
 * their modules, trainers, half-day slots and enrolments (confirmed, pending, waitlisted, cancelled,
 * placeholder seats).
 */
export function buildTrainingActions(
  ctx: SeedContext,
  tenants: DemoTenants,
  companies: DemoCompanies,
  catalogues: DemoCatalogues,
): DemoActions {
  const { rows, now, today } = ctx;
  const random = createRandom("training-actions");
  const actions: DemoActions = {};

  const planned = ACTIONS.map((spec) => {
    const dates = spec.days.map((offset) => workingDay(today, offset));
    return { spec, dates, startDate: dates[0]!, endDate: dates[dates.length - 1]! };
  }).sort((a, b) => a.startDate.getTime() - b.startDate.getTime() || a.spec.key.localeCompare(b.spec.key));

  // ADF numbers: per organisation and year of the start date, in start order.
  const counters = new Map<string, number>();
  for (const { spec, dates, startDate, endDate } of planned) {
    const tenant = tenants[spec.tenant];
    const catalogue = catalogues[spec.tenant];
    const year = startDate.getUTCFullYear();
    const counterKey = `${spec.tenant}/${year}`;
    const sequence = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, sequence);

    const id = seedId("action", `${spec.tenant}/${spec.key}`);
    const location = catalogue.locations[spec.location]!;
    const modules = spec.modules.map((code) => catalogue.modules[code]!);
    const trainerIds = spec.trainers.map((key) => catalogue.trainers[key]!.id);
    const timing: Timing = endDate < today ? "past" : startDate > today ? "upcoming" : "current";
    const status = spec.status ?? (timing === "past" ? "COMPLETED" : timing === "current" ? "IN_PROGRESS" : "SCHEDULED");

    // Slots: the modules follow each other; each module's trainer is the matching trainer of the action.
    const slots: DemoSlot[] = [];
    let moduleIndex = 0;
    let hoursInModule = 0;
    for (const date of dates) {
      for (const [startHour, startMinute, endHour, endMinute] of HALF_DAYS[spec.halfDays]) {
        if (hoursInModule >= modules[moduleIndex]!.durationHours && moduleIndex < modules.length - 1) {
          moduleIndex++;
          hoursInModule = 0;
        }
        const startsAt = parisTime(date, startHour, startMinute);
        slots.push({
          id: seedId("slot", `${id}/${startsAt.toISOString()}`),
          startsAt,
          endsAt: parisTime(date, endHour, endMinute),
          moduleId: modules[moduleIndex]!.id,
          trainerId: trainerIds[Math.min(moduleIndex, trainerIds.length - 1)]!,
        });
        hoursInModule += SLOT_HOURS;
      }
    }

    const intraCompany = spec.company ? companies[spec.company]! : null;
    const action: DemoAction = {
      key: spec.key,
      id,
      tenant: spec.tenant,
      organizationId: tenant.id,
      centreId: location.centreId,
      number: `ADF_${year}${String(sequence).padStart(4, "0")}`,
      type: spec.type,
      status,
      timing,
      title: spec.title ?? (spec.type === "INTRA" ? `${modules[0]!.title} — ${intraCompany!.name}` : modules[0]!.title),
      moduleCodes: spec.modules,
      intraCompany,
      location,
      startDate,
      endDate,
      durationHours: slots.length * SLOT_HOURS,
      priceCents: spec.priceCents ?? modules.reduce((sum, module) => sum + module.defaultPriceCents, 0),
      maxPlaces: spec.maxPlaces,
      slots,
      enrolments: [],
      unrecordedSlotIds: new Set(),
    };
    actions[spec.key] = action;

    const createdAt = addDays(startDate, -random.int(40, 90));
    rows.actions.push({
      id,
      organizationId: tenant.id,
      centreId: action.centreId,
      companyId: intraCompany?.id ?? null,
      locationId: location.id,
      number: action.number,
      type: spec.type,
      status,
      mode: location.isRemote ? "REMOTE" : "IN_PERSON",
      title: action.title,
      startDate,
      endDate,
      durationHours: action.durationHours,
      minPlaces: spec.minPlaces ?? 1,
      maxPlaces: spec.maxPlaces,
      priceCents: action.priceCents,
      createdAt: createdAt < now ? createdAt : addDays(now, -1),
      updatedAt: createdAt < now ? createdAt : addDays(now, -1),
    });
    modules.forEach((module, position) =>
      rows.actionModules.push({ organizationId: tenant.id, actionId: id, moduleId: module.id, position }),
    );
    for (const trainerId of trainerIds) rows.actionTrainers.push({ organizationId: tenant.id, actionId: id, trainerId });
    for (const slot of slots) {
      rows.slots.push({
        id: slot.id,
        organizationId: tenant.id,
        actionId: id,
        moduleId: slot.moduleId,
        locationId: location.id,
        trainerId: slot.trainerId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      });
    }
    if (spec.lastEndedSlotUnrecorded) {
      const ended = slots.filter((slot) => slot.endsAt <= now);
      if (ended.length > 0) action.unrecordedSlotIds.add(ended[ended.length - 1]!.id);
    }

    const requestedAt = () => {
      const requested = addDays(startDate, -random.int(15, 45));
      return requested < now ? requested : addDays(now, -random.int(1, 5));
    };
    for (const seat of spec.seats) {
      const company = companies[seat.company]!;
      const people = random.shuffle(company.participants);
      const statuses: EnrolmentStatus[] = [
        ...Array<EnrolmentStatus>(seat.confirmed ?? 0).fill("CONFIRMED"),
        ...Array<EnrolmentStatus>(seat.pending ?? 0).fill("PENDING"),
        ...Array<EnrolmentStatus>(seat.waitlisted ?? 0).fill("WAITLISTED"),
        ...Array<EnrolmentStatus>(seat.cancelled ?? 0).fill("CANCELLED"),
      ];
      statuses.forEach((status, index) => {
        const participant = people[index];
        if (!participant) throw new Error(`${company.name} has too few participants for ${spec.key}`);
        addEnrolment(ctx, action, { company, participantId: participant.id, placeholderLabel: null, status }, requestedAt());
      });
      for (let n = 1; n <= (seat.placeholders ?? 0); n++) {
        addEnrolment(
          ctx,
          action,
          { company, participantId: null, placeholderLabel: `Participant ${n}`, status: "CONFIRMED" },
          requestedAt(),
        );
      }
    }
  }
  return actions;
}

export function addEnrolment(
  ctx: SeedContext,
  action: DemoAction,
  seat: Omit<DemoEnrolment, "id">,
  createdAt: Date,
  orderId: string | null = null,
): DemoEnrolment {
  const enrolment: DemoEnrolment = {
    id: seedId("enrolment", `${action.id}/${seat.participantId ?? `${seat.company.id}/${seat.placeholderLabel}`}`),
    ...seat,
  };
  action.enrolments.push(enrolment);
  ctx.rows.enrolments.push({
    id: enrolment.id,
    organizationId: action.organizationId,
    actionId: action.id,
    companyId: seat.company.id,
    participantId: seat.participantId,
    placeholderLabel: seat.placeholderLabel,
    status: seat.status,
    orderId,
    createdAt,
    updatedAt: createdAt,
  });
  return enrolment;
}
