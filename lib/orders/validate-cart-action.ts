"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { invalidateOrganizationData } from "../cache/organization-data-cache";
import { readCart, writeCart } from "../catalogue/cart-cookie";
import { getCatalogueViewer } from "../catalogue/get-catalogue-viewer";
import { validateCart, type ValidateCartResult } from "./validate-cart";

export type ValidateCartOutcome = Pick<ValidateCartResult, "refused"> & { orderNumber: string | null };

/** Validates the cart: accepted sessions leave it, refused ones stay with their reason. */
export const validateCartAction = contactAction(
  "catalogue",
  z.object({ waitlist: z.string().optional() }),
  async ({ waitlist }, context) => {
    await getCatalogueViewer();
    const cart = await readCart(context);
    if (cart.l.length === 0) return { status: "error", formError: "cart_empty" } as const;
    const result = await validateCart({ context, cart, waitlist: waitlist === "on" });
    if (result.order) await invalidateOrganizationData(context.organizationId); // seats taken
    const acceptedIds = new Set(result.accepted.map((line) => line.actionId));
    cart.l = cart.l.filter((line) => !acceptedIds.has(line.a));
    await writeCart(cart);
    if (result.order && result.refused.length === 0) redirect(`/catalogue/commandes?created=${encodeURIComponent(result.order.number)}`);
    return {
      status: "success",
      data: { refused: result.refused, orderNumber: result.order?.number ?? null } satisfies ValidateCartOutcome,
    } as const;
  },
);
