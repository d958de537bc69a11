// Funding (OPCO, CPF…): staff add, change and delete a company's or a seat's funding line, capped at the
// training's price, audited and emailed to the funding contacts; another organisation's ids answer not found;
// the extranet lists only the viewed companies' fundings, MANAGER opens none, and the dashboard adds them
// up without one statement more.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { queryCount } from "@/lib/db/client";
import { deleteFundingAction, saveFundingAction } from "@/lib/fundings/funding-actions";
import { getActionFunding } from "@/lib/fundings/get-action-funding";
import { listCompanyFundings } from "@/lib/fundings/list-fundings";
import { roleOpens, roleOpensPath } from "@/lib/tenancy/contact-permissions";
import { viewedCompanies } from "@/lib/tenancy/viewed-companies";
import { demoFundingId } from "@/prisma/seed/fundings";
import { seedId } from "@/prisma/seed/seed-ids";
import { DEMO_COMPANIES, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

process.env.PASSERELLE_BENCH_QUERY_COUNT = "1";

const FORMAPRO = DEMO_ORGANIZATIONS.formapro.id;
const MARTIN = DEMO_COMPANIES.groupeMartin.id;
const EPI = seedId("action", "formapro/epi-lyon");
const HACCP = seedId("action", "formapro/haccp-intra-boulangerie");

const as = async (login: keyof typeof DEMO_LOGINS) =>
  simulateRequest({ host: DEMO_LOGINS[login].host, identity: await demoIdentity(login) });
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

/** A Groupe Martin seat of the EPI course without funding yet, and its price. */
async function unfundedMartinSeat() {
  const funding = await getActionFunding({ organizationId: FORMAPRO, actionId: EPI });
  const martin = funding!.companies.find((company) => company.companyId === MARTIN)!;
  const funded = new Set(martin.fundings.map((row) => row.enrolmentId));
  const target = martin.targets.find((candidate) => !funded.has(candidate.enrolmentId))!;
  return { key: target.enrolmentId!, priceCents: target.priceCents };
}

afterAll(() => db.$disconnect());

describe("funding: staff", () => {
  it("adds an OPCO funding to a seat, audited and emailed to the contacts whose role opens funding", async () => {
    await as("formaproAdmin");
    const seat = await unfundedMartinSeat();
    const since = new Date();
    const result = await saveFundingAction(
      idleState,
      form({
        actionId: EPI,
        target: seat.key,
        funderKind: "OPCO",
        opco: "AKTO",
        agreementNumber: "  AK-2026-77  ",
        amount: `${Math.floor(seat.priceCents / 200)},50`.replace(/\B(?=(\d{3})+,)/g, " "),
        status: "REQUESTED",
        subrogation: "on",
      }),
    );
    expect(result).toEqual({ status: "success", data: "saved" });
    const created = await db.funding.findFirstOrThrow({ where: { enrolmentId: seat.key, opco: "AKTO" } });
    expect(created).toMatchObject({
      companyId: MARTIN,
      amountCents: Math.floor(seat.priceCents / 200) * 100 + 50,
      agreementNumber: "AK-2026-77",
      subrogation: true,
    });
    expect(await db.auditEvent.count({ where: { action: "funding.created", targetId: created.id } })).toBe(1);
    const emails = await db.emailOutbox.findMany({
      where: { template: "funding-created", createdAt: { gte: since } },
      select: { to: true },
    });
    const to = emails.map((email) => email.to);
    expect(to).toEqual(expect.arrayContaining([DEMO_LOGINS.groupeMartinContact.email, DEMO_LOGINS.groupeMartinFinance.email]));
    expect(to).not.toContain(DEMO_LOGINS.groupeMartinManager.email);

    // A status change is an update, audited and emailed too.
    const changed = await saveFundingAction(
      idleState,
      form({ actionId: EPI, fundingId: created.id, target: seat.key, funderKind: "OPCO", opco: "AKTO", amount: "10", status: "GRANTED" }),
    );
    expect(changed).toEqual({ status: "success", data: "saved" });
    expect(await db.funding.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "GRANTED",
      subrogation: false,
      amountCents: 1000,
    });
    expect(await db.auditEvent.count({ where: { action: "funding.updated", targetId: created.id } })).toBe(1);

    expect(await deleteFundingAction(idleState, form({ actionId: EPI, fundingId: created.id }))).toEqual({
      status: "success",
      data: "deleted",
    });
    expect(await db.funding.count({ where: { id: created.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { template: "funding-deleted", createdAt: { gte: since } } })).toBeGreaterThan(0);
  });

  it("puts French messages next to the fields and keeps what was typed", async () => {
    await as("formaproAdmin");
    const seat = await unfundedMartinSeat();
    const base = { actionId: EPI, target: seat.key, status: "TO_REQUEST", amount: "500" };
    expect(await saveFundingAction(idleState, form({ ...base, funderKind: "OPCO" }))).toMatchObject({
      status: "error",
      fieldErrors: { opco: ["opco_required"] },
      values: { amount: "500" },
    });
    expect(await saveFundingAction(idleState, form({ ...base, funderKind: "REGION", funderName: "  " }))).toMatchObject({
      fieldErrors: { funderName: ["funder_name_required"] },
    });
    expect(await saveFundingAction(idleState, form({ ...base, funderKind: "CPF", amount: "0" }))).toMatchObject({
      fieldErrors: { amount: ["amount_invalid"] },
    });
    expect(await saveFundingAction(idleState, form({ ...base, funderKind: "CPF", amount: "douze" }))).toMatchObject({
      fieldErrors: { amount: ["amount_invalid"] },
    });
    expect(await saveFundingAction(idleState, form({ ...base, funderKind: "" }))).toMatchObject({
      fieldErrors: { funderKind: ["funder_required"] },
    });
    const over = ((seat.priceCents + 1) / 100).toFixed(2);
    expect(await saveFundingAction(idleState, form({ ...base, funderKind: "CPF", amount: over }))).toMatchObject({
      status: "error",
      fieldErrors: { amount: ["amount_over_price"] },
      values: { amount: over },
    });
  });

  it("caps an INTRA's fundings together at its price, refused ones aside", async () => {
    await as("formaproAdmin");
    const funding = await getActionFunding({ organizationId: FORMAPRO, actionId: HACCP });
    const [company] = funding!.companies;
    expect(company!.fundings.map((row) => row.id)).toContain(demoFundingId("haccp-intra-paid"));
    const left = company!.priceCents - company!.fundedCents;
    const base = { actionId: HACCP, target: `company:${company!.companyId}`, funderKind: "REGION", funderName: "Auvergne-Rhône-Alpes" };
    expect(await saveFundingAction(idleState, form({ ...base, amount: String(left / 100 + 1), status: "REQUESTED" }))).toMatchObject({
      fieldErrors: { amount: ["amount_over_price"] },
    });
    expect(await saveFundingAction(idleState, form({ ...base, amount: String(left / 100 + 1), status: "REFUSED" }))).toEqual({
      status: "success",
      data: "saved",
    });
  });

  it("answers not found for another organisation's action, funding or seat", async () => {
    await as("horizonAdmin");
    const seat = await unfundedMartinSeat();
    expect(
      await saveFundingAction(idleState, form({ actionId: EPI, target: seat.key, funderKind: "CPF", amount: "10", status: "TO_REQUEST" })),
    ).toMatchObject({ status: "error", formError: "not_found" });
    expect(await deleteFundingAction(idleState, form({ actionId: EPI, fundingId: demoFundingId("manager-cpf") }))).toMatchObject({
      formError: "not_found",
    });
    expect(await getActionFunding({ organizationId: DEMO_ORGANIZATIONS.horizon.id, actionId: EPI })).toBeNull();
    // Formapro's own action with a seat of another action: not found either.
    await as("formaproAdmin");
    expect(
      await saveFundingAction(
        idleState,
        form({ actionId: HACCP, target: seat.key, funderKind: "CPF", amount: "10", status: "TO_REQUEST" }),
      ),
    ).toMatchObject({ formError: "not_found" });
  });
});

describe("funding: extranet", () => {
  it("opens to TRAINING and FINANCE (and ADMIN), never to MANAGER", () => {
    expect(["ADMIN", "TRAINING", "FINANCE"].every((role) => roleOpensPath(role as "ADMIN", "/financements"))).toBe(true);
    expect(roleOpensPath("MANAGER", "/financements")).toBe(false);
    expect(roleOpens("MANAGER", "funding")).toBe(false);
  });

  it("lists only the viewed companies' fundings, filtered by status", async () => {
    await as("groupeMartinContact");
    const context = await requireContact();
    const pending = await listCompanyFundings({ context, status: "PENDING" });
    expect(pending.rows.every((row) => row.companyId === MARTIN && row.status !== "PAID")).toBe(true);
    expect(pending.rows.map((row) => row.id)).toEqual(
      expect.arrayContaining([demoFundingId("manager-opco"), demoFundingId("epi-to-request")]),
    );
    const toRequest = await listCompanyFundings({ context, status: "TO_REQUEST" });
    expect(toRequest.rows.every((row) => row.status === "TO_REQUEST")).toBe(true);

    await as("pharmacieDuParcContact");
    const other = await listCompanyFundings({ context: await requireContact() });
    expect(other.rows).toEqual([]);
  });

  it("adds pending fundings up on the dashboard within the same statements", async () => {
    await as("groupeMartinContact");
    const context = await requireContact();
    const before = queryCount();
    const dashboard = await getDashboard({ scope: viewedCompanies(context) });
    expect(queryCount() - before).toBe(8);
    const pending = await db.funding.aggregate({
      where: { organizationId: FORMAPRO, companyId: MARTIN, status: { in: ["TO_REQUEST", "REQUESTED", "GRANTED"] } },
      _count: { _all: true },
      _sum: { amountCents: true },
    });
    expect(dashboard.fundings).toMatchObject({ pendingCount: pending._count._all, pendingCents: pending._sum.amountCents ?? 0 });
    expect(dashboard.fundings.toRequestCount).toBeGreaterThanOrEqual(1);
  });
});
