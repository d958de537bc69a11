import { z } from "zod";

/**
 * The cart lives in an httpOnly cookie of the host, not in a table: it is a short-lived draft of one
 * browser, it needs no migration, and it holds only ids and typed names. Nothing in it is trusted:
 * every id is checked again against the contact's company when the cart is read and when it is validated,
 * so a forged cookie reaches nothing a form field could not. The limits keep it well under 4 KB.
 */
export const CART_COOKIE = "passerelle-cart";
export const CART_MAX_LINES = 8;
export const CART_MAX_PEOPLE = 20;

const newParticipantSchema = z.object({ f: z.string().max(60), l: z.string().max(60), e: z.string().max(120) });
const lineSchema = z.object({
  a: z.string().max(40),
  p: z.array(z.string().max(40)).max(CART_MAX_PEOPLE),
  n: z.array(newParticipantSchema).max(CART_MAX_PEOPLE),
});
const cartSchema = z.object({ c: z.string().max(40), l: z.array(lineSchema).max(CART_MAX_LINES) });

export type CartNewParticipant = z.infer<typeof newParticipantSchema>;
export type CartLine = z.infer<typeof lineSchema>;
export type Cart = z.infer<typeof cartSchema>;

export function emptyCart(companyId: string): Cart {
  return { c: companyId, l: [] };
}

/** The cart of this company from the cookie's value; anything unreadable or of another company is an empty cart. */
export function parseCart(value: string | undefined, companyId: string): Cart {
  if (!value) return emptyCart(companyId);
  try {
    const parsed = cartSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success && parsed.data.c === companyId ? parsed.data : emptyCart(companyId);
  } catch {
    return emptyCart(companyId);
  }
}

export function serializeCart(cart: Cart): string {
  return Buffer.from(JSON.stringify(cart), "utf8").toString("base64url");
}

export function cartPeopleCount(cart: Cart): number {
  return cart.l.reduce((sum, line) => sum + line.p.length + line.n.length, 0);
}
