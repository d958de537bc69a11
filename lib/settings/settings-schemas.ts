import { z } from "zod";

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");
const color = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: "invalid_color" })
  .transform((value) => value.toLowerCase());
const optionalColor = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^#[0-9a-fA-F]{6}$/.test(value), { error: "invalid_color" })
  .transform((value) => value?.toLowerCase() ?? null);
/** A logo given as an address: https only, or a path served by this app (uploads, demo logos). */
const logoUrl = z
  .string()
  .trim()
  .max(500, { error: "too_long" })
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^https:\/\/[^\s"'<>]+$/.test(value) || /^\/(?!\/)[A-Za-z0-9._\/-]+$/.test(value), {
    error: "invalid_logo_url",
  });

export const optionsSchema = z.object({
  extranetEnabled: checkbox,
  inviteCheckedByDefault: checkbox,
  multiExtranet: checkbox,
  requireContactTotp: checkbox,
  publishSatisfaction: checkbox,
});

export const organizationBrandingSchema = z.object({
  legalName: z.string().trim().min(1, { error: "required" }).max(200, { error: "too_long" }),
  primaryColor: color,
  logoUrl,
});

export const centreSchema = z.object({
  legalName: z.string().trim().min(1, { error: "required" }).max(200, { error: "too_long" }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?$/, { error: "invalid_slug" })
    .optional(),
  primaryColor: optionalColor,
  logoUrl,
});

/** A hostname as DNS accepts it: labels of letters, digits and inner hyphens, at least one dot. */
export const hostnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/\.$/, ""))
  .refine(
    (value) =>
      value.length <= 253 && /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(value),
    { error: "invalid_hostname" },
  );

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = { "image/png": "png", "image/svg+xml": "svg" } as const;
