import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";

type Staff = Pick<StaffContext, "organizationId" | "user">;

async function audit(
  staff: Staff,
  action: string,
  targetType: string,
  targetId: string,
  metadata: Record<string, string | number | boolean>,
  companyId: string | null = null,
) {
  await db.auditEvent.create({
    data: { organizationId: staff.organizationId, companyId, actorUserId: staff.user.id, action, targetType, targetId, metadata },
  });
}

export async function setModulePublished({
  staff,
  moduleId,
  published,
}: {
  staff: Staff;
  moduleId: string;
  published: boolean;
}): Promise<void> {
  const { count } = await db.module.updateMany({ where: { organizationId: staff.organizationId, id: moduleId }, data: { published } });
  if (count === 0) notFound();
  await audit(staff, published ? "module.published" : "module.unpublished", "Module", moduleId, {});
}

/** A company-specific price for a module; both must belong to the staff member's organisation. */
export async function setCompanyPrice({
  staff,
  moduleId,
  companyId,
  priceCents,
}: {
  staff: Staff;
  moduleId: string;
  companyId: string;
  priceCents: number;
}): Promise<void> {
  const organizationId = staff.organizationId;
  const [module, company] = await Promise.all([
    db.module.findFirst({ where: { organizationId, id: moduleId }, select: { id: true } }),
    db.company.findFirst({ where: { organizationId, id: companyId }, select: { id: true } }),
  ]);
  if (!module || !company) notFound();
  const price = await db.companyPrice.upsert({
    where: { companyId_moduleId: { companyId: company.id, moduleId: module.id } },
    create: { organizationId, companyId: company.id, moduleId: module.id, priceCents },
    update: { priceCents },
    select: { id: true },
  });
  await audit(staff, "company_price.set", "CompanyPrice", price.id, { priceCents }, company.id);
}

export async function removeCompanyPrice({ staff, priceId }: { staff: Staff; priceId: string }): Promise<void> {
  const { count } = await db.companyPrice.deleteMany({ where: { organizationId: staff.organizationId, id: priceId } });
  if (count === 0) notFound();
  await audit(staff, "company_price.removed", "CompanyPrice", priceId, {});
}

/** An INTER session's capacity; the maximum never goes under the seats already taken. */
export async function setSessionCapacity({
  staff,
  actionId,
  minPlaces,
  maxPlaces,
}: {
  staff: Staff;
  actionId: string;
  minPlaces: number;
  maxPlaces: number;
}): Promise<{ error?: "below_taken" | "min_above_max" }> {
  if (minPlaces > maxPlaces) return { error: "min_above_max" };
  const organizationId = staff.organizationId;
  return db.$transaction(async (tx) => {
    const action = await tx.trainingAction.findFirst({ where: { organizationId, id: actionId, type: "INTER" }, select: { id: true } });
    if (!action) notFound();
    // Same lock as the cart's validation, so no enrolment slips in between the count and the update.
    await tx.$queryRaw`SELECT "id" FROM "TrainingAction" WHERE "id" = ${action.id} FOR UPDATE`;
    const taken = await tx.enrolment.count({ where: { organizationId, actionId: action.id, status: { in: ["PENDING", "CONFIRMED"] } } });
    if (maxPlaces < taken) return { error: "below_taken" as const };
    await tx.trainingAction.update({ where: { id: action.id }, data: { minPlaces, maxPlaces } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: "action.capacity_set",
        targetType: "TrainingAction",
        targetId: action.id,
        metadata: { minPlaces, maxPlaces },
      },
    });
    return {};
  });
}
