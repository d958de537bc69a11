jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { requireContact, SELECTED_COMPANY_COOKIE } from "@/lib/auth/require-contact";
import { idleState } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { fillPlaceholderSeat } from "@/lib/placeholders/fill-placeholder-seat";
import { listPlaceholderSeats } from "@/lib/placeholders/list-placeholder-seats";
import { fillPlaceholderSeatAction } from "@/lib/placeholders/placeholder-actions";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);
const patisserie = DEMO_COMPANIES.martinPatisserieNantes.id;
const touched = new Map<string, string>(); // enrolment id → original placeholder label
const createdEmails: string[] = [];

async function asPatisserie() {
  simulateRequest({
    host: DEMO_HOSTS.formapro,
    identity: await demoIdentity("groupeMartinContact"),
    cookies: { [SELECTED_COMPANY_COOKIE]: patisserie },
  });
  return requireContact();
}
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
async function freeSeats() {
  const context = await asPatisserie();
  const groups = await listPlaceholderSeats({ context });
  const seats = groups.flatMap((group) => group.seats.map((seat) => ({ ...seat, actionId: group.action.id })));
  for (const seat of seats) if (!touched.has(seat.id)) touched.set(seat.id, seat.label);
  return { context, groups, seats };
}
const email = () => {
  const value = `seat-${Math.random().toString(36).slice(2, 8)}@martin-patisserie.test`;
  createdEmails.push(value);
  return value;
};

describe("placeholder seats", () => {
  afterAll(async () => {
    // Give the demo its placeholder seats back, and remove the participants this file created.
    for (const [id, label] of touched) await db.enrolment.update({ where: { id }, data: { participantId: null, placeholderLabel: label } });
    await db.participant.deleteMany({ where: { companyId: patisserie, email: { in: createdEmails } } });
    await db.$disconnect();
  });

  it("lists the company's seats to fill, and only its own", async () => {
    const { groups, seats } = await freeSeats();
    expect(seats.length).toBeGreaterThanOrEqual(4);
    expect(groups[0]!.candidates.length).toBeGreaterThan(0);
    const own = await db.enrolment.findMany({
      where: { id: { in: seats.map((seat) => seat.id) } },
      select: { companyId: true, participantId: true },
    });
    expect(own.every((row) => row.companyId === patisserie && row.participantId === null)).toBe(true);

    // Another company of the same organisation never sees them (it may have seats of its own: other test
    // files, e.g. a quote turned into seats, share this database).
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    const martinSeats = (await listPlaceholderSeats({ context: await requireContact() })).flatMap((group) =>
      group.seats.map((seat) => seat.id),
    );
    expect(martinSeats.filter((id) => seats.some((seat) => seat.id === id))).toEqual([]);
    simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
    expect(await listPlaceholderSeats({ context: await requireContact(), actionId: groups[0]!.action.id })).toEqual([]);
  });

  it("turns a seat into a real enrolment of a new participant, notifies staff, and cannot be filled twice", async () => {
    const { seats } = await freeSeats();
    const seat = seats[0]!;
    const address = email();
    const result = await fillPlaceholderSeatAction(
      idleState,
      form({
        enrolmentId: seat.id,
        mode: "new",
        civility: "MRS",
        firstName: "Inès",
        lastName: "Garnier",
        email: address.toUpperCase(),
        jobTitle: "Pâtissière",
      }),
    );
    expect(result).toMatchObject({ status: "success", data: { createdParticipant: true } });
    const enrolment = await db.enrolment.findUniqueOrThrow({ where: { id: seat.id }, include: { participant: true } });
    expect(enrolment.participant).toMatchObject({
      companyId: patisserie,
      firstName: "Inès",
      lastName: "Garnier",
      email: address,
      civility: "MRS",
      jobTitle: "Pâtissière",
    });
    expect(enrolment.placeholderLabel).toBeNull();
    expect(await db.emailOutbox.count({ where: { template: "placeholder-filled", html: { contains: "Inès Garnier" } } })).toBeGreaterThan(
      0,
    );
    expect(await db.auditEvent.count({ where: { action: "enrolment.placeholder_filled", targetId: seat.id } })).toBe(1);

    const again = await fillPlaceholderSeatAction(
      idleState,
      form({ enrolmentId: seat.id, mode: "new", firstName: "Autre", lastName: "Personne" }),
    );
    expect(again).toMatchObject({ status: "error", formError: "seat_already_filled" });
    expect((await freeSeats()).seats.some((candidate) => candidate.id === seat.id)).toBe(false);
  });

  it("reuses the company's participant with the same email instead of creating a duplicate", async () => {
    const { context, seats } = await freeSeats();
    const address = email();
    const existing = await db.participant.create({
      data: {
        organizationId: DEMO_ORGANIZATIONS.formapro.id,
        companyId: patisserie,
        firstName: "Hugo",
        lastName: "Perrin",
        email: address,
      },
    });
    const before = await db.participant.count({ where: { companyId: patisserie } });
    const result = await fillPlaceholderSeat({
      context,
      input: {
        enrolmentId: seats[0]!.id,
        mode: "new",
        civility: null,
        firstName: "Hugo",
        lastName: "Perrin",
        email: address.toUpperCase(),
        jobTitle: null,
      },
    });
    expect(result).toEqual({ participantId: existing.id, createdParticipant: false });
    expect(await db.participant.count({ where: { companyId: patisserie } })).toBe(before);

    // The same person cannot take a second seat of the same action.
    const second = await fillPlaceholderSeat({
      context,
      input: { enrolmentId: seats[1]!.id, mode: "existing", participantId: existing.id },
    });
    expect(second).toEqual({ error: "already_enrolled" });
    const viaEmail = await fillPlaceholderSeat({
      context,
      input: { enrolmentId: seats[1]!.id, mode: "new", civility: null, firstName: "H", lastName: "P", email: address, jobTitle: null },
    });
    expect(viaEmail).toEqual({ error: "already_enrolled" });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: seats[1]!.id } })).participantId).toBeNull();
  });

  it("fills a seat once when two contacts submit at the same moment", async () => {
    const { context, seats, groups } = await freeSeats();
    const seat = seats[0]!;
    const candidates = groups.find((group) => group.action.id === seat.actionId)!.candidates;
    const [a, b] = candidates;
    const results = await Promise.all([
      fillPlaceholderSeat({ context, input: { enrolmentId: seat.id, mode: "existing", participantId: a!.id } }),
      fillPlaceholderSeat({ context, input: { enrolmentId: seat.id, mode: "existing", participantId: b!.id } }),
    ]);
    expect(results.filter((result) => "participantId" in result)).toHaveLength(1);
    expect(results.filter((result) => "error" in result && result.error === "seat_already_filled")).toHaveLength(1);
  });

  it("answers not found for another company's or organisation's seat or participant, and validates the form", async () => {
    const { seats } = await freeSeats();
    const riviereEnrolment = await db.enrolment.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.transportsRiviere.id } });
    const horizonEnrolment = await db.enrolment.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id } });
    const riviereParticipant = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.transportsRiviere.id } });
    const groupeParticipant = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.groupeMartin.id } });
    await asPatisserie();
    for (const enrolmentId of [riviereEnrolment.id, horizonEnrolment.id]) {
      expect(
        await isNotFound(fillPlaceholderSeatAction(idleState, form({ enrolmentId, mode: "new", firstName: "A", lastName: "B" }))),
      ).toBe(true);
    }
    for (const participantId of [riviereParticipant.id, groupeParticipant.id]) {
      expect(
        await isNotFound(fillPlaceholderSeatAction(idleState, form({ enrolmentId: seats[0]!.id, mode: "existing", participantId }))),
      ).toBe(true);
    }
    // The parent company's contact, on the parent's own extranet, does not reach the subsidiary's seats.
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(
      await isNotFound(
        fillPlaceholderSeatAction(idleState, form({ enrolmentId: seats[0]!.id, mode: "new", firstName: "A", lastName: "B" })),
      ),
    ).toBe(true);

    await asPatisserie();
    expect(
      await fillPlaceholderSeatAction(idleState, form({ enrolmentId: seats[0]!.id, mode: "new", email: "pas-un-email" })),
    ).toMatchObject({
      status: "error",
      fieldErrors: { firstName: ["first_name_required"], lastName: ["last_name_required"], email: ["invalid_email"] },
    });
    expect(await fillPlaceholderSeatAction(idleState, form({ enrolmentId: seats[0]!.id, mode: "existing" }))).toMatchObject({
      status: "error",
      fieldErrors: { participantId: ["participant_required"] },
    });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: seats[0]!.id } })).participantId).toBeNull();
  });
});
