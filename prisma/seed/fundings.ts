import { addDays } from "./calendar";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";
import type { DemoActions } from "./training-actions";

/** A demo funding's identity, for the tests and the invoices that may name it. */
export const demoFundingId = (key: string) => seedId("funding", `formapro/${key}`);

/**
 * Groupe Martin's fundings: its employees' seats in the management course now running (one by OPCO EP with
 * subrogation, granted; one by the employee's CPF, requested), its seat in the upcoming EPI course still
 * to request from OPCO EP, and its Lyon subsidiary's past HACCP INTRA paid by OPCO EP.
 */
export function buildFundings(ctx: SeedContext, actions: DemoActions): void {
  const seatsOf = (actionKey: string, companyKey: string) =>
    actions[actionKey]!.enrolments.filter((seat) => seat.company.key === companyKey && seat.status !== "CANCELLED");
  const [managerFirst, managerSecond] = seatsOf("manager-quotidien-lyon", "groupe-martin");
  const [epiFirst] = seatsOf("epi-lyon", "groupe-martin");
  const manager = actions["manager-quotidien-lyon"]!;
  const epi = actions["epi-lyon"]!;
  const haccp = actions["haccp-intra-boulangerie"]!;
  const planned = [
    {
      key: "manager-opco",
      action: manager,
      companyId: managerFirst!.company.id,
      enrolmentId: managerFirst!.id,
      funderKind: "OPCO" as const,
      opco: "OPCO_EP" as const,
      agreementNumber: "EP-2026-0045127",
      amountCents: manager.priceCents,
      status: "GRANTED" as const,
      subrogation: true,
    },
    {
      key: "manager-cpf",
      action: manager,
      companyId: managerSecond!.company.id,
      enrolmentId: managerSecond!.id,
      funderKind: "CPF" as const,
      opco: null,
      agreementNumber: "CPF-8841-2290",
      amountCents: 80_000,
      status: "REQUESTED" as const,
      subrogation: false,
    },
    {
      key: "epi-to-request",
      action: epi,
      companyId: epiFirst!.company.id,
      enrolmentId: epiFirst!.id,
      funderKind: "OPCO" as const,
      opco: "OPCO_EP" as const,
      agreementNumber: null,
      amountCents: epi.priceCents,
      status: "TO_REQUEST" as const,
      subrogation: true,
    },
    {
      key: "haccp-intra-paid",
      action: haccp,
      companyId: haccp.intraCompany!.id,
      enrolmentId: null,
      funderKind: "OPCO" as const,
      opco: "OPCO_EP" as const,
      agreementNumber: "EP-2026-0031980",
      amountCents: 200_000,
      status: "PAID" as const,
      subrogation: true,
    },
  ];
  for (const { key, action, ...funding } of planned) {
    const createdAt = addDays(action.startDate < ctx.now ? action.startDate : ctx.now, -20);
    ctx.rows.fundings.push({
      id: demoFundingId(key),
      organizationId: action.organizationId,
      actionId: action.id,
      ...funding,
      createdAt,
      updatedAt: createdAt,
    });
  }
}
