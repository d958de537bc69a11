"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { recordRollCall } from "./record-roll-call";
import { PRESENCE_FIELD, ROLL_CALL_STATUSES } from "./roll-call-seats";

const id = z.string().trim().min(1).max(40);

const rollCall = z.preprocess(
  (fields) => {
    const form = fields as Record<string, unknown>;
    const marked = Object.entries(form).filter(([key]) => key.startsWith(PRESENCE_FIELD));
    return {
      slotId: form.slotId,
      allPresent: form.allPresent,
      statuses: Object.fromEntries(marked.map(([key, value]) => [key.slice(PRESENCE_FIELD.length), value])),
    };
  },
  z.object({
    slotId: id,
    allPresent: z.enum(["1"]).optional(),
    statuses: z.record(id, z.enum(ROLL_CALL_STATUSES, { error: "invalid_choice" })),
  }),
);

/** Staff save a slot's roll call; a slot or seat of another organisation or action is not found. */
export const recordRollCallAction = staffAction(rollCall, async ({ slotId, statuses, allPresent }, staff) => {
  const saved = await recordRollCall({ staff, slotId, statuses, allPresent: allPresent === "1" });
  if (!saved) return { status: "error", formError: "not_found" } as const;
  revalidatePath("/admin/formations");
  return saved;
});
