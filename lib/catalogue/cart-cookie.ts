import "server-only";
import { cookies } from "next/headers";
import type { ContactContext } from "../auth/require-contact";
import { CART_COOKIE, parseCart, serializeCart, type Cart } from "./cart";

export async function readCart(context: Pick<ContactContext, "company">): Promise<Cart> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value, context.company.id);
}

export async function writeCart(cart: Cart): Promise<void> {
  (await cookies()).set(CART_COOKIE, serializeCart(cart), { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 * 60 * 24 * 7 });
}
