"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { invalidateOrganizationData } from "../cache/organization-data-cache";
import { removeCompanyPrice, setCompanyPrice, setModulePublished, setSessionCapacity } from "./manage-modules";

const id = z.string().trim().min(1).max(40);
const euros = z
  .string()
  .trim()
  .regex(/^\d{1,6}([.,]\d{1,2})?$/, { error: "invalid_price" })
  .transform((value) => Math.round(Number(value.replace(",", ".")) * 100));
const places = z.coerce
  .number({ error: "invalid_number" })
  .int({ error: "invalid_number" })
  .min(1, { error: "invalid_number" })
  .max(500, { error: "invalid_number" });

export const setModulePublishedAction = staffAction(
  z.object({ moduleId: id, published: z.enum(["true", "false"]) }),
  async ({ moduleId, published }, staff) => {
    await setModulePublished({ staff, moduleId, published: published === "true" });
    await invalidateOrganizationData(staff.organizationId);
    revalidatePath("/admin/formations");
  },
);

export const setCompanyPriceAction = staffAction(
  z.object({ moduleId: id, companyId: z.string().trim().min(1, { error: "required" }).max(40), price: euros }),
  async ({ moduleId, companyId, price }, staff) => {
    await setCompanyPrice({ staff, moduleId, companyId, priceCents: price });
    await invalidateOrganizationData(staff.organizationId); // the catalogue's cached company prices
    revalidatePath("/admin/formations");
  },
);

export const removeCompanyPriceAction = staffAction(z.object({ priceId: id }), async ({ priceId }, staff) => {
  await removeCompanyPrice({ staff, priceId });
  await invalidateOrganizationData(staff.organizationId); // the catalogue's cached company prices
  revalidatePath("/admin/formations");
});

export const setSessionCapacityAction = staffAction(
  z.object({ actionId: id, minPlaces: places, maxPlaces: places }),
  async (input, staff) => {
    const { error } = await setSessionCapacity({ staff, ...input });
    if (error) return { status: "error", fieldErrors: { maxPlaces: [error] } } as const;
    await invalidateOrganizationData(staff.organizationId);
    revalidatePath("/admin/formations");
  },
);
