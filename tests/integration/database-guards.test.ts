import { db } from "@/lib/db";
import { UnboundedQueryError } from "@/lib/db/refuse-unbounded-queries";
import { DEMO_COMPANIES, DEMO_ORGANIZATIONS } from "../support/demo";

describe("the unbounded-query guard (tenancy rule 4)", () => {
  afterAll(() => db.$disconnect());

  it("refuses an undefined value in a where instead of dropping the condition", async () => {
    const companyId: string | undefined = undefined;
    await expect(db.participant.findMany({ where: { organizationId: DEMO_ORGANIZATIONS.formapro.id, companyId } })).rejects.toThrow(
      UnboundedQueryError,
    );
    await expect(db.participant.count({ where: { companyId } })).rejects.toThrow(UnboundedQueryError);
  });

  it("refuses many-row writes without a condition", async () => {
    await expect(db.auditEvent.deleteMany()).rejects.toThrow(UnboundedQueryError);
    await expect(db.auditEvent.deleteMany({ where: {} })).rejects.toThrow(UnboundedQueryError);
    await expect(db.participant.updateMany({ data: { jobTitle: "x" } })).rejects.toThrow(UnboundedQueryError);
  });

  it("lets bounded queries through", async () => {
    const count = await db.participant.count({
      where: { organizationId: DEMO_ORGANIZATIONS.formapro.id, companyId: DEMO_COMPANIES.groupeMartin.id },
    });
    expect(count).toBeGreaterThan(0);
  });
});

describe("foreign keys that make cross-tenant rows impossible", () => {
  it("refuses a contact of organisation A attached to a company of organisation B", async () => {
    await expect(
      db.contact.create({
        data: {
          organizationId: DEMO_ORGANIZATIONS.formapro.id,
          companyId: DEMO_COMPANIES.pharmacieDuParc.id,
          firstName: "X",
          lastName: "Y",
        },
      }),
    ).rejects.toThrow();
  });

  it("refuses an enrolment of one company's participant under another company", async () => {
    const participant = await db.participant.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.transportsRiviere.id } });
    const action = await db.trainingAction.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.formapro.id } });
    await expect(
      db.enrolment.create({
        data: {
          organizationId: DEMO_ORGANIZATIONS.formapro.id,
          actionId: action.id,
          companyId: DEMO_COMPANIES.groupeMartin.id,
          participantId: participant.id,
        },
      }),
    ).rejects.toThrow();
  });

  it("refuses a company whose parent belongs to another organisation", async () => {
    await expect(
      db.company.create({
        data: { organizationId: DEMO_ORGANIZATIONS.horizon.id, parentId: DEMO_COMPANIES.groupeMartin.id, name: "Filiale impossible" },
      }),
    ).rejects.toThrow();
  });
});
