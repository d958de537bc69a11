jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { GET as companyChoicesRoute } from "@/app/s/[site]/admin/entreprises/choix/route";
import { idleState } from "@/lib/actions/action-state";
import { saveCompanyAction, saveContactAction } from "@/lib/crm/crm-actions";
import { UNMATCHED_COMPANY } from "@/lib/crm/unmatched-company";
import { db } from "@/lib/db";
import { DEMO_COMPANIES, DEMO_HOSTS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const choices = async (host: string, query: string) => {
  const response = await companyChoicesRoute(new Request(`http://${host}/admin/entreprises/choix?${query}`));
  return { status: response.status, body: response.status === 200 ? ((await response.json()) as { id: string; label: string }[]) : null };
};

describe("the staff forms' company picker", () => {
  afterAll(() => db.$disconnect());

  it("offers the organisation's companies matching the text, parents only when asked, never another organisation's", async () => {
    await simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproManager") });
    const martin = await choices(DEMO_HOSTS.formapro, "q=martin");
    expect(martin.body!.map((choice) => choice.id)).toEqual(
      expect.arrayContaining([DEMO_COMPANIES.groupeMartin.id, DEMO_COMPANIES.martinBoulangerieLyon.id]),
    );
    const parents = await choices(DEMO_HOSTS.formapro, `q=martin&parents=1&sauf=${DEMO_COMPANIES.groupeMartin.id}`);
    // The subsidiaries have a parent, and the company itself is excluded: no parent to offer.
    expect(parents.body!.map((choice) => choice.id)).not.toContain(DEMO_COMPANIES.martinBoulangerieLyon.id);
    expect(parents.body!.map((choice) => choice.id)).not.toContain(DEMO_COMPANIES.groupeMartin.id);
    expect((await choices(DEMO_HOSTS.formapro, "q=pharmacie")).body).toEqual([]);

    await simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
    expect((await choices(DEMO_HOSTS.horizon, "q=martin")).body).toEqual([]);
  });

  it("answers a company's contact with no list", async () => {
    await simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    const answer = await choices(DEMO_HOSTS.formapro, "q=martin").catch((error: { digest?: string }) => ({
      status: 0,
      digest: error.digest,
    }));
    expect(answer).not.toMatchObject({ status: 200 });
  });

  it("refuses, next to the field, a text that names no company of the list, and keeps what was typed", async () => {
    await simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproManager") });
    expect(
      await saveContactAction(
        idleState,
        form({ companyId: UNMATCHED_COMPANY, companyIdLabel: "Martin Boul", firstName: "Inès", lastName: "Garnier" }),
      ),
    ).toMatchObject({
      status: "error",
      fieldErrors: { companyId: ["choose_from_list"] },
      values: { companyIdLabel: "Martin Boul", firstName: "Inès" },
    });
    expect(await saveContactAction(idleState, form({ companyId: "", firstName: "Inès", lastName: "Garnier" }))).toMatchObject({
      fieldErrors: { companyId: ["required"] },
    });
    expect(
      await saveCompanyAction(
        idleState,
        form({ id: DEMO_COMPANIES.martinBoulangerieLyon.id, name: "Martin Boulangerie Lyon", parentId: UNMATCHED_COMPANY }),
      ),
    ).toMatchObject({ status: "error", fieldErrors: { parentId: ["choose_from_list"] } });
    const unchanged = await db.company.findUniqueOrThrow({
      where: { id: DEMO_COMPANIES.martinBoulangerieLyon.id },
      select: { parentId: true },
    });
    expect(unchanged.parentId).toBe(DEMO_COMPANIES.groupeMartin.id);
  });
});
