jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { CART_COOKIE, parseCart, serializeCart, type Cart } from "@/lib/catalogue/cart";
import { addCartParticipant, addNewCartParticipant, addToCart } from "@/lib/catalogue/cart-actions";
import { getCatalogueViewer } from "@/lib/catalogue/get-catalogue-viewer";
import { browseCatalogue, listCatalogue } from "@/lib/catalogue/list-catalogue";
import { searchCompanyParticipants } from "@/lib/catalogue/search-company-participants";
import { createIntraRequest } from "@/lib/intra-requests/create-intra-request";
import { listCompanyIntraRequests } from "@/lib/intra-requests/list-intra-requests";
import { updateIntraRequest } from "@/lib/intra-requests/update-intra-request";
import { removeCompanyPriceAction, setCompanyPriceAction } from "@/lib/modules/module-actions";
import { removeCompanyPrice, setCompanyPrice, setModulePublished, setSessionCapacity } from "@/lib/modules/manage-modules";
import { decideOrder } from "@/lib/orders/decide-order";
import { listCompanyOrders } from "@/lib/orders/list-company-orders";
import { requestEnrolment } from "@/lib/orders/request-enrolment";
import { validateCart } from "@/lib/orders/validate-cart";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";
const formapro = DEMO_ORGANIZATIONS.formapro.id;
const horizon = DEMO_ORGANIZATIONS.horizon.id;
const suffix = `${process.pid}-${Date.now().toString(36)}`;
const createdActions: string[] = [];

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function asRiviere(cart?: Cart) {
  const identity = await demoIdentity("transportsRiviereContact");
  simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity, cookies: cart ? { [CART_COOKIE]: serializeCart(cart) } : {} });
  return requireContact();
}

async function asFormaproStaff() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
  return requireStaff();
}

/** A fresh upcoming INTER session of SST-I with `maxPlaces` seats, none taken. */
async function createSession(maxPlaces: number, organizationId = formapro) {
  const courseModule = await db.module.findFirstOrThrow({
    where: { organizationId, published: true },
    orderBy: { code: "asc" },
    select: { id: true, code: true },
  });
  const sstModule =
    organizationId === formapro
      ? await db.module.findFirstOrThrow({ where: { organizationId, code: "SST-I" }, select: { id: true } })
      : courseModule;
  const start = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 10));
  const action = await db.trainingAction.create({
    data: {
      organizationId,
      number: `ADF_T${suffix}_${createdActions.length}`,
      type: "INTER",
      status: "SCHEDULED",
      title: `Session d’essai ${suffix}`,
      startDate: start,
      endDate: start,
      durationHours: 7,
      maxPlaces,
      priceCents: 25_000,
      modules: { create: { moduleId: sstModule.id } },
    },
    select: { id: true },
  });
  createdActions.push(action.id);
  return action.id;
}

afterAll(async () => {
  const orders = await db.order.findMany({
    where: { lines: { some: { actionId: { in: createdActions } } } },
    select: { id: true },
    take: 1000,
  });
  const participants = await db.enrolment.findMany({
    where: { actionId: { in: createdActions } },
    select: { participantId: true },
    take: 1000,
  });
  await db.enrolment.deleteMany({ where: { actionId: { in: createdActions } } });
  await db.order.deleteMany({ where: { id: { in: orders.map((order) => order.id) } } });
  await db.participant.deleteMany({
    where: { id: { in: participants.map((row) => row.participantId!).filter(Boolean) }, email: { contains: suffix } },
  });
  await db.trainingAction.deleteMany({ where: { id: { in: createdActions } } });
  await db.$disconnect();
});

describe("public catalogue", () => {
  it("shows the company's price to its contact and the default price to a visitor", async () => {
    const context = await asRiviere();
    const sst = await db.module.findFirstOrThrow({ where: { organizationId: formapro, code: "SST-I" }, select: { id: true } });
    const [forCompany] = await listCatalogue({ organizationId: formapro, companyId: context.company.id, moduleId: sst.id });
    const [forVisitor] = await listCatalogue({ organizationId: formapro, companyId: null, moduleId: sst.id });
    expect(forCompany!.priceCents).toBe(22_000);
    expect(forCompany!.companyPrice).toBe(true);
    expect(forVisitor!.priceCents).toBe(25_000);
    expect(forCompany!.sessions.length).toBeGreaterThan(0);
    expect(forCompany!.sessions.every((session) => session.unitPriceCents === 22_000)).toBe(true);
    expect(forVisitor!.sessions.every((session) => session.unitPriceCents === 25_000)).toBe(true);
  });

  it("lists only published modules of the site's organisation, and filters by search", async () => {
    const modules = await listCatalogue({ organizationId: formapro, companyId: null });
    expect(modules.length).toBeGreaterThan(3);
    expect(modules.some((courseModule) => courseModule.code === "RGPD")).toBe(false);
    const found = await listCatalogue({ organizationId: formapro, companyId: null, filters: { q: "incendie" } });
    expect(found.map((courseModule) => courseModule.code)).toEqual(["EPI"]);
    const foreign = await listCatalogue({
      organizationId: formapro,
      companyId: null,
      moduleId: (await db.module.findFirstOrThrow({ where: { organizationId: horizon }, select: { id: true } })).id,
    });
    expect(foreign).toEqual([]);
  });

  it("is not found when the organisation switched it off", async () => {
    simulateRequest({ host: DEMO_HOSTS.horizon });
    await db.organization.update({ where: { id: horizon }, data: { catalogueEnabled: false } });
    try {
      expect(await isNotFound(getCatalogueViewer())).toBe(true);
    } finally {
      await db.organization.update({ where: { id: horizon }, data: { catalogueEnabled: true } });
    }
  });

  it("an anonymous enrolment request creates an order without company; another organisation's session is not found", async () => {
    const actionId = await createSession(4);
    const { number } = await requestEnrolment({
      organizationId: formapro,
      actionId,
      kind: "individual",
      name: "Paul Test",
      email: `paul.${suffix}@example.test`,
      seats: 1,
    });
    const order = await db.order.findFirstOrThrow({
      where: { organizationId: formapro, number },
      select: { companyId: true, lines: { select: { actionId: true } } },
    });
    expect(order.companyId).toBeNull();
    expect(order.lines[0]!.actionId).toBe(actionId);
    expect(
      await isNotFound(
        requestEnrolment({ organizationId: horizon, actionId, kind: "individual", name: "Paul", email: "p@example.test", seats: 1 }),
      ),
    ).toBe(true);
  });
});

describe("cart", () => {
  it("never offers another company's participants", async () => {
    const context = await asRiviere();
    const foreign = await db.participant.findFirstOrThrow({
      where: { companyId: DEMO_COMPANIES.groupeMartin.id },
      select: { lastName: true },
    });
    const results = await searchCompanyParticipants({ context, q: foreign.lastName, take: 100 });
    const companies = await db.participant.findMany({
      where: { id: { in: results.map((row) => row.id) } },
      select: { companyId: true },
      take: 100,
    });
    expect(companies.every((row) => row.companyId === DEMO_COMPANIES.transportsRiviere.id)).toBe(true);
    const all = await searchCompanyParticipants({ context, take: 100 });
    expect(all.length).toBeGreaterThan(5);
  });

  it("answers not found for another company's or another organisation's participant, and another organisation's session", async () => {
    const actionId = await createSession(3);
    await asRiviere();
    expect(await redirectTarget(addToCart(idleState, form({ actionId })))).toBe("/catalogue/panier");
    const cart = { c: DEMO_COMPANIES.transportsRiviere.id, l: [{ a: actionId, p: [], n: [] }] };
    for (const companyId of [DEMO_COMPANIES.groupeMartin.id, DEMO_COMPANIES.pharmacieDuParc.id]) {
      const foreign = await db.participant.findFirstOrThrow({ where: { companyId }, select: { id: true } });
      await asRiviere(cart);
      expect(await isNotFound(addCartParticipant(idleState, form({ actionId, participantId: foreign.id })))).toBe(true);
      // A forged cookie holding the foreign id is refused at validation too.
      const context = await asRiviere();
      expect(await isNotFound(validateCart({ context, cart: { ...cart, l: [{ a: actionId, p: [foreign.id], n: [] }] } }))).toBe(true);
    }
    const horizonAction = await createSession(3, horizon);
    await asRiviere();
    expect(await isNotFound(addToCart(idleState, form({ actionId: horizonAction })))).toBe(true);
    const context = await asRiviere();
    const result = await validateCart({
      context,
      cart: { c: context.company.id, l: [{ a: horizonAction, p: [], n: [{ f: "A", l: "B", e: `ab.${suffix}@example.test` }] }] },
    });
    expect(result.order).toBeNull();
    expect(result.refused).toEqual([{ actionId: horizonAction, title: null, reason: "unavailable" }]);
  });

  it("detects duplicates by email and by name, and checks the email's format", async () => {
    const actionId = await createSession(3);
    const context = await asRiviere();
    const existing = await db.participant.findFirstOrThrow({
      where: { companyId: context.company.id, email: { not: null } },
      select: { firstName: true, lastName: true, email: true },
    });
    const cart = { c: context.company.id, l: [{ a: actionId, p: [], n: [] }] };

    await asRiviere(cart);
    const byEmail = await addNewCartParticipant(
      idleState,
      form({ actionId, firstName: "Quelqu’un", lastName: "D’autre", email: existing.email!.toUpperCase() }),
    );
    expect(byEmail).toMatchObject({ status: "error", fieldErrors: { email: ["duplicate_email"] } });

    await asRiviere(cart);
    const byName = await addNewCartParticipant(
      idleState,
      form({ actionId, firstName: existing.firstName.toUpperCase(), lastName: existing.lastName, email: `nouveau.${suffix}@example.test` }),
    );
    expect(byName).toMatchObject({ status: "error", fieldErrors: { lastName: ["duplicate_name"] } });

    await asRiviere(cart);
    const badEmail = await addNewCartParticipant(idleState, form({ actionId, firstName: "Ana", lastName: "Lima", email: "ana.lima" }));
    expect(badEmail).toMatchObject({ status: "error", fieldErrors: { email: ["invalid_email"] } });

    await asRiviere(cart);
    const empty = await addNewCartParticipant(
      idleState,
      form({ actionId, firstName: " ", lastName: "Lima", email: `ana.${suffix}@example.test` }),
    );
    expect(empty).toMatchObject({ status: "error", fieldErrors: { firstName: ["required"] } });

    await asRiviere(cart);
    expect(
      await addNewCartParticipant(idleState, form({ actionId, firstName: "Ana", lastName: "Lima", email: `ana.${suffix}@example.test` })),
    ).toMatchObject({ status: "success" });
  });
});

describe("validation", () => {
  it("creates pending enrolments, a numbered order the contact sees, and two emails", async () => {
    const actionId = await createSession(5);
    const context = await asRiviere();
    const existing = await db.participant.findFirstOrThrow({
      where: { companyId: context.company.id },
      orderBy: { lastName: "asc" },
      select: { id: true },
    });
    const before = await db.organization.findUniqueOrThrow({ where: { id: formapro }, select: { lastOrderNumber: true, email: true } });
    const email = `nina.${suffix}@example.test`;
    const result = await validateCart({
      context,
      cart: { c: context.company.id, l: [{ a: actionId, p: [existing.id], n: [{ f: "Nina", l: `Test${suffix}`, e: email }] }] },
    });
    expect(result.refused).toEqual([]);
    expect(result.order!.number).toBe(`CMD-${new Date().getUTCFullYear()}-${String(before.lastOrderNumber + 1).padStart(4, "0")}`);
    expect(result.order!.totalExclTaxCents).toBe(2 * 22_000);
    const enrolments = await db.enrolment.findMany({
      where: { actionId },
      select: { status: true, companyId: true, orderId: true },
      take: 10,
    });
    expect(enrolments).toHaveLength(2);
    expect(
      enrolments.every((row) => row.status === "PENDING" && row.companyId === context.company.id && row.orderId === result.order!.id),
    ).toBe(true);
    expect((await listCompanyOrders({ context })).some((order) => order.number === result.order!.number)).toBe(true);
    const emails = await db.emailOutbox.findMany({
      where: { organizationId: formapro, subject: { contains: result.order!.number } },
      select: { to: true },
      take: 10,
    });
    expect(emails.map((row) => row.to).sort()).toEqual([context.user.email, before.email].sort());

    // Another company never sees it.
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect((await listCompanyOrders({ context: await requireContact() })).some((order) => order.id === result.order!.id)).toBe(false);

    // Staff confirm it: the enrolments are confirmed. Another organisation's staff cannot.
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
    expect(await isNotFound(decideOrder({ staff: await requireStaff(), orderId: result.order!.id, decision: "confirm" }))).toBe(true);
    const staff = await asFormaproStaff();
    await decideOrder({ staff, orderId: result.order!.id, decision: "confirm", message: "À bientôt" });
    const confirmed = await db.enrolment.findMany({ where: { actionId }, select: { status: true }, take: 10 });
    expect(confirmed.every((row) => row.status === "CONFIRMED")).toBe(true);
    expect(await decideOrder({ staff, orderId: result.order!.id, decision: "decline" })).toEqual({
      status: "DECLINED",
      error: "already_decided",
    });
    expect(await db.enrolment.count({ where: { actionId, status: "CONFIRMED" } })).toBe(2);
    expect(
      await db.emailOutbox.count({
        where: { to: context.user.email, template: "order-decision", subject: { contains: result.order!.number } },
      }),
    ).toBe(1);
  });

  it("refuses a session that filled meanwhile with a clear reason and keeps the rest, or waitlists it on request", async () => {
    const full = await createSession(1);
    const open = await createSession(5);
    const context = await asRiviere();
    await validateCart({
      context,
      cart: {
        c: context.company.id,
        l: [{ a: full, p: [], n: [{ f: "Première", l: `Place${suffix}`, e: `first.${suffix}@example.test` }] }],
      },
    });
    const cart = {
      c: context.company.id,
      l: [
        { a: full, p: [], n: [{ f: "Trop", l: `Tard${suffix}`, e: `late.${suffix}@example.test` }] },
        { a: open, p: [], n: [{ f: "Juste", l: `Temps${suffix}`, e: `ontime.${suffix}@example.test` }] },
      ],
    };
    const result = await validateCart({ context, cart });
    expect(result.refused).toEqual([{ actionId: full, title: expect.any(String), reason: "full" }]);
    expect(result.accepted.map((line) => line.actionId)).toEqual([open]);
    expect(await db.enrolment.count({ where: { actionId: full, status: { in: ["PENDING", "CONFIRMED"] } } })).toBe(1);

    const waitlisted = await validateCart({ context, cart: { c: context.company.id, l: [cart.l[0]!] }, waitlist: true });
    expect(waitlisted.accepted).toEqual([{ actionId: full, title: expect.any(String), waitlisted: true }]);
    expect(await db.enrolment.count({ where: { actionId: full, status: "WAITLISTED" } })).toBe(1);
  });

  it("confirms at once when the organisation chose automatic confirmation", async () => {
    const actionId = await createSession(3, horizon);
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("pharmacieDuParcContact") });
    const context = await requireContact();
    const result = await validateCart({
      context,
      cart: {
        c: context.company.id,
        l: [{ a: actionId, p: [], n: [{ f: "Auto", l: `Confirm${suffix}`, e: `auto.${suffix}@example.test` }] }],
      },
    });
    expect(result.order!.status).toBe("CONFIRMED");
    expect(await db.enrolment.count({ where: { actionId, status: "CONFIRMED" } })).toBe(1);
  });

  it("never overbooks: many simultaneous validations for the last seats, exactly that many succeed", async () => {
    const seats = 3;
    const attempts = 12;
    const actionId = await createSession(seats);
    const context = await asRiviere();
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, index) =>
        validateCart({
          context,
          cart: {
            c: context.company.id,
            l: [{ a: actionId, p: [], n: [{ f: `Rush${index}`, l: `Concurrent${suffix}`, e: `rush${index}.${suffix}@example.test` }] }],
          },
        }),
      ),
    );
    expect(results.filter((result) => result.order !== null)).toHaveLength(seats);
    expect(results.filter((result) => result.refused[0]?.reason === "full")).toHaveLength(attempts - seats);
    expect(await db.enrolment.count({ where: { actionId, status: { in: ["PENDING", "CONFIRMED"] } } })).toBe(seats);
    const numbers = results.flatMap((result) => (result.order ? [result.order.number] : []));
    expect(new Set(numbers).size).toBe(seats);
  });
});

describe("INTRA requests", () => {
  it("are created for the contact's company, tracked, and moved by staff of the same organisation only", async () => {
    const context = await asRiviere();
    const courseModule = await db.module.findFirstOrThrow({ where: { organizationId: formapro, code: "EPI" }, select: { id: true } });
    const { id } = await createIntraRequest({
      organizationId: formapro,
      context,
      input: { moduleId: courseModule.id, participantCount: 6, desiredPeriod: "Printemps", remarks: suffix },
    });
    expect((await listCompanyIntraRequests({ context })).find((request) => request.id === id)?.status).toBe("RECEIVED");

    const horizonModule = await db.module.findFirstOrThrow({ where: { organizationId: horizon }, select: { id: true } });
    expect(
      await isNotFound(
        createIntraRequest({ organizationId: formapro, context, input: { moduleId: horizonModule.id, participantCount: 2 } }),
      ),
    ).toBe(true);

    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
    expect(await isNotFound(updateIntraRequest({ staff: await requireStaff(), requestId: id, status: "ACCEPTED" }))).toBe(true);
    const staff = await asFormaproStaff();
    await updateIntraRequest({ staff, requestId: id, status: "PROPOSAL_SENT", message: "Proposition jointe" });
    expect((await listCompanyIntraRequests({ context: await asRiviere() })).find((request) => request.id === id)).toMatchObject({
      status: "PROPOSAL_SENT",
      staffMessage: "Proposition jointe",
    });
    await db.intraRequest.delete({ where: { id } });
  });
});

describe("/admin/formations", () => {
  it("every action with another organisation's ids is not found", async () => {
    const staff = await asFormaproStaff();
    const horizonModule = await db.module.findFirstOrThrow({ where: { organizationId: horizon }, select: { id: true } });
    const formaproModule = await db.module.findFirstOrThrow({ where: { organizationId: formapro, code: "EPI" }, select: { id: true } });
    const horizonPrice = await db.companyPrice.findFirstOrThrow({ where: { organizationId: horizon }, select: { id: true } });
    const horizonAction = await createSession(3, horizon);
    expect(await isNotFound(setModulePublished({ staff, moduleId: horizonModule.id, published: false }))).toBe(true);
    expect(
      await isNotFound(setCompanyPrice({ staff, moduleId: horizonModule.id, companyId: DEMO_COMPANIES.groupeMartin.id, priceCents: 1 })),
    ).toBe(true);
    expect(
      await isNotFound(
        setCompanyPrice({ staff, moduleId: formaproModule.id, companyId: DEMO_COMPANIES.pharmacieDuParc.id, priceCents: 1 }),
      ),
    ).toBe(true);
    expect(await isNotFound(removeCompanyPrice({ staff, priceId: horizonPrice.id }))).toBe(true);
    expect(await isNotFound(setSessionCapacity({ staff, actionId: horizonAction, minPlaces: 1, maxPlaces: 50 }))).toBe(true);
    expect(await db.companyPrice.count({ where: { id: horizonPrice.id } })).toBe(1);
  });

  it("shows a price change on the catalogue at once, though its pages keep the company's prices for a while", async () => {
    const epi = await db.module.findFirstOrThrow({
      where: { organizationId: formapro, code: "EPI" },
      select: { id: true, defaultPriceCents: true },
    });
    const companyId = DEMO_COMPANIES.transportsRiviere.id;
    const shown = async () => (await browseCatalogue({ organizationId: formapro, companyId, moduleId: epi.id }))[0]!.priceCents;
    expect(await shown()).toBe(epi.defaultPriceCents);
    await asFormaproStaff();
    await setCompanyPriceAction(idleState, form({ moduleId: epi.id, companyId, price: "123,50" }));
    expect(await shown()).toBe(12_350);
    const price = await db.companyPrice.findFirstOrThrow({ where: { companyId, moduleId: epi.id }, select: { id: true } });
    await asFormaproStaff();
    await removeCompanyPriceAction(idleState, form({ priceId: price.id }));
    expect(await shown()).toBe(epi.defaultPriceCents);
  });

  it("sets a company price the contact then sees, and refuses a capacity under the seats taken", async () => {
    const staff = await asFormaproStaff();
    const epi = await db.module.findFirstOrThrow({ where: { organizationId: formapro, code: "EPI" }, select: { id: true } });
    await setCompanyPrice({ staff, moduleId: epi.id, companyId: DEMO_COMPANIES.transportsRiviere.id, priceCents: 15_000 });
    const context = await asRiviere();
    expect((await listCatalogue({ organizationId: formapro, companyId: context.company.id, moduleId: epi.id }))[0]!.priceCents).toBe(
      15_000,
    );
    const price = await db.companyPrice.findFirstOrThrow({
      where: { companyId: DEMO_COMPANIES.transportsRiviere.id, moduleId: epi.id },
      select: { id: true },
    });
    await removeCompanyPrice({ staff: await asFormaproStaff(), priceId: price.id });

    const actionId = await createSession(2);
    await validateCart({
      context: await asRiviere(),
      cart: {
        c: DEMO_COMPANIES.transportsRiviere.id,
        l: [
          {
            a: actionId,
            p: [],
            n: [
              { f: "Cap", l: `Acity${suffix}`, e: `cap.${suffix}@example.test` },
              { f: "Cap2", l: `Acity2${suffix}`, e: `cap2.${suffix}@example.test` },
            ],
          },
        ],
      },
    });
    const staffAgain = await asFormaproStaff();
    expect(await setSessionCapacity({ staff: staffAgain, actionId, minPlaces: 1, maxPlaces: 1 })).toEqual({ error: "below_taken" });
    expect(await setSessionCapacity({ staff: staffAgain, actionId, minPlaces: 2, maxPlaces: 4 })).toEqual({});
  });
});

it("the cart cookie of another company is ignored", () => {
  const cart = { c: DEMO_COMPANIES.groupeMartin.id, l: [{ a: "x", p: [], n: [] }] };
  expect(parseCart(serializeCart(cart), DEMO_COMPANIES.transportsRiviere.id).l).toEqual([]);
});
