/** What every server action returns to its form: never a thrown error, always something to show. */
export type ActionState<T = void> =
  | { status: "idle" }
  | { status: "success"; data: T }
  | {
      status: "error";
      /** Message keys (lib/i18n messages "errors.*") for the whole form. */
      formError?: string;
      /** Message keys per field, shown next to the field. */
      fieldErrors?: Record<string, string[] | undefined>;
      /** What the user typed, so nothing entered is lost. Passwords are never echoed. */
      values?: Record<string, string>;
    };

export const idleState: ActionState<never> = { status: "idle" };
