import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "./require-staff";

/** Settings and the email log are for administrators only: a manager gets "not found", like any page they cannot use. */
export function assertAdmin(staff: StaffContext): void {
  if (staff.user.role !== "ADMIN") notFound();
}
