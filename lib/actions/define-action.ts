import "server-only";
import { z } from "zod";
import { requireContactAnyPath, type ContactContext } from "../auth/require-contact";
import { requireStaff, type StaffContext } from "../auth/require-staff";
import { requireAccountHolder, type AccountHolder } from "../auth/two-factor/require-account-holder";
import { roleOpens, type ContactSection } from "../tenancy/contact-permissions";
import type { ActionState } from "./action-state";

type Handler<S extends z.ZodType, C, T> = (input: z.output<S>, context: C) => Promise<T | ActionState<T>>;

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password|code/i.test(key)) values[key] = value;
  }
  return values;
}

/** The form's fields; a NUL byte, which no form sends and PostgreSQL refuses in text, is dropped. */
function formFields(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...formData].map(([key, value]) => [key, typeof value === "string" ? value.replaceAll("\u0000", "") : value]));
}

function isActionState<T>(value: unknown): value is ActionState<T> {
  return typeof value === "object" && value !== null && "status" in value;
}

/**
 * Dub's safe-action, for forms: resolve the caller's context (which authenticates and scopes to the
 * tenant), validate the form with zod, then run the handler. Context comes first so an anonymous caller
 * learns nothing from validation messages.
 */
function defineAction<C>(resolveContext: () => Promise<C>, refusal: (context: C) => string | null = () => null) {
  return <S extends z.ZodType, T = void>(schema: S, handler: Handler<S, C, T>) =>
    async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
      const context = await resolveContext();
      // A staff member's preview of an extranet is read-only: no write goes through a contact action.
      if ((context as { preview?: boolean } | undefined)?.preview) return { status: "error", formError: "preview_read_only" };
      const refused = refusal(context);
      if (refused) return { status: "error", formError: refused };
      const parsed = schema.safeParse(formFields(formData));
      if (!parsed.success) {
        return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoValues(formData) };
      }
      const result = await handler(parsed.data, context);
      if (isActionState<T>(result)) return result.status === "error" ? { values: echoValues(formData), ...result } : result;
      return { status: "success", data: result as T };
    };
}

export const publicAction = defineAction(async () => undefined);
/** Set on every contact action: the extranet section it belongs to (the role test walks them). */
export const CONTACT_ACTION_SECTION = Symbol.for("passerelle.contact-action-section");

/**
 * A contact's action, in one section of the extranet: a role that does not open the section
 * (lib/tenancy/contact-permissions.ts) is refused as "not found", before its input is read.
 */
export function contactAction<S extends z.ZodType, T = void>(section: ContactSection, schema: S, handler: Handler<S, ContactContext, T>) {
  const refuseOtherRoles = (context: ContactContext) => (roleOpens(context.role, section) ? null : "not_found");
  return Object.assign(defineAction<ContactContext>(requireContactAnyPath, refuseOtherRoles)(schema, handler), {
    [CONTACT_ACTION_SECTION]: section,
  });
}
export const staffAction = defineAction<StaffContext>(requireStaff);
/** The signed-in user's own account, staff or contact, before any enrolment rule (their second factor). */
export const accountAction = defineAction<AccountHolder>(requireAccountHolder);
