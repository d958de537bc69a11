import type { UploaderSide } from "../generated/prisma/enums";

/**
 * Who is looking at a company's storage space: a contact of the company (from requireContact) or staff of
 * the organisation who picked the company (from resolveStaffCompany). Both ids come from the server side.
 */
export interface StorageScope {
  organizationId: string;
  companyId: string;
  userId: string;
  side: UploaderSide;
}
