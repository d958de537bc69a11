"use server";

import { revalidatePath } from "next/cache";
import { invalidateOrganizationData } from "../cache/organization-data-cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { addDomain, removeDomain, setPrimaryDomain } from "./manage-domains";
import { verifyDomain } from "./verify-domain";
import { centreSchema, hostnameSchema, optionsSchema, organizationBrandingSchema } from "./settings-schemas";
import { saveCentre } from "./update-branding";
import { updateOrganizationBranding } from "./update-branding";
import { updateOptions } from "./update-options";
import { uploadLogo } from "./upload-logo";

const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((value) => value || null);
const done = () => {
  // Branding shows on every page of every host of the organisation.
  revalidatePath("/", "layout");
  return "saved";
};

export const updateOptionsAction = staffAction(optionsSchema, async (input, staff) => {
  await updateOptions({ staff, input });
  await invalidateOrganizationData(staff.organizationId); // the catalogue may have been switched on or off
  return done();
});

export const updateBrandingAction = staffAction(organizationBrandingSchema, async (input, staff) => {
  await updateOrganizationBranding({ staff, input });
  return done();
});

export const saveCentreAction = staffAction(centreSchema.extend({ id: optionalId }), async ({ id, ...input }, staff) => {
  const result = await saveCentre({ staff, centreId: id ?? undefined, input });
  if (result.status === "invalid") return { status: "error", fieldErrors: { [result.field]: [result.error] } } as const;
  return done();
});

export const addDomainAction = staffAction(
  z.object({ centreId: optionalId, hostname: hostnameSchema }),
  async ({ centreId, hostname }, staff) => {
    const result = await addDomain({ staff, centreId, hostname });
    if (result.status === "invalid") return { status: "error", fieldErrors: { hostname: [result.error] } } as const;
    done();
    return result.verified ? "saved" : "domain_pending";
  },
);

const domainIdSchema = z.object({ domainId: z.string().min(1).max(40) });

export const setPrimaryDomainAction = staffAction(domainIdSchema, async ({ domainId }, staff) => {
  await setPrimaryDomain({ staff, domainId });
  return done();
});

export const verifyDomainAction = staffAction(domainIdSchema, async ({ domainId }, staff) => {
  const { verified } = await verifyDomain({ staff, domainId });
  if (!verified) return { status: "error", formError: "domain_not_verified" } as const;
  return done();
});

export const removeDomainAction = staffAction(domainIdSchema, async ({ domainId }, staff) => {
  await removeDomain({ staff, domainId });
  return done();
});

export const uploadLogoAction = staffAction(
  z.object({ centreId: optionalId, logo: z.instanceof(File, { error: "logo_type" }) }),
  async ({ centreId, logo }, staff) => {
    const result = await uploadLogo({ staff, centreId, file: logo });
    if (result.status === "invalid") return { status: "error", fieldErrors: { logo: [result.error] } } as const;
    return done();
  },
);
