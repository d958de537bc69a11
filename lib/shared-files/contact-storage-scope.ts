import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";
import type { StorageScope } from "./storage-scope";

export function contactStorageScope(context: ContactContext): StorageScope {
  return { ...companyScope(context), userId: context.user.id, side: "COMPANY" };
}
