import { z } from "zod";

/** The resources of the REST API; a token holds "<resource>:read" and/or "<resource>:write" for each. */
export const API_RESOURCES = [
  "companies",
  "contacts",
  "participants",
  "actions",
  "enrolments",
  "attendance",
  "documents",
  "invoices",
  "tickets",
] as const;
export type ApiResource = (typeof API_RESOURCES)[number];
export type ApiScope = `${ApiResource}:${"read" | "write"}`;

/** The resources the API can change (the others are read-only: "<resource>:write" does not exist for them). */
export const WRITABLE_RESOURCES = ["companies", "contacts", "participants", "enrolments"] as const satisfies readonly ApiResource[];

export const API_SCOPES: ApiScope[] = API_RESOURCES.flatMap((resource) => [
  `${resource}:read` as const,
  ...((WRITABLE_RESOURCES as readonly string[]).includes(resource) ? [`${resource}:write` as const] : []),
]);

export const apiScopeSchema = z.enum(API_SCOPES as [ApiScope, ...ApiScope[]]);
