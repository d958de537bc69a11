"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import { CART_MAX_LINES, CART_MAX_PEOPLE, cartPeopleCount } from "./cart";
import { readCart, writeCart } from "./cart-cookie";
import { findDuplicateParticipant } from "./find-duplicate-participant";
import { upcomingInterWhere } from "./list-catalogue";
import { getCatalogueViewer } from "./get-catalogue-viewer";

const id = z.string().trim().min(1).max(40);
const name = z.string().trim().min(1, { error: "required" }).max(60, { error: "too_long" });

/** "Inscrire un ou des participants à une INTER": puts a session of this organisation in the cart. */
export const addToCart = contactAction("catalogue", z.object({ actionId: id }), async ({ actionId }, context) => {
  await getCatalogueViewer();
  const action = await db.trainingAction.findFirst({
    where: { ...upcomingInterWhere(context.organizationId, new Date()), id: actionId },
    select: { id: true },
  });
  if (!action) notFound();
  const cart = await readCart(context);
  if (!cart.l.some((line) => line.a === action.id)) {
    if (cart.l.length >= CART_MAX_LINES) return { status: "error", formError: "cart_full" } as const;
    cart.l.push({ a: action.id, p: [], n: [] });
    await writeCart(cart);
  }
  redirect("/catalogue/panier");
});

export const removeFromCart = contactAction("catalogue", z.object({ actionId: id }), async ({ actionId }, context) => {
  const cart = await readCart(context);
  cart.l = cart.l.filter((line) => line.a !== actionId);
  await writeCart(cart);
});

/** Adds one of the company's participants to a session of the cart; another company's id is not found. */
export const addCartParticipant = contactAction(
  "catalogue",
  z.object({ actionId: id, participantId: id }),
  async ({ actionId, participantId }, context) => {
    const cart = await readCart(context);
    const line = cart.l.find((candidate) => candidate.a === actionId);
    const participant = await db.participant.findFirst({ where: { ...companyScope(context), id: participantId }, select: { id: true } });
    if (!line || !participant) notFound();
    if (line.p.includes(participant.id)) return { status: "error", formError: "already_in_cart" } as const;
    if (cartPeopleCount(cart) >= CART_MAX_PEOPLE) return { status: "error", formError: "too_many_people" } as const;
    line.p.push(participant.id);
    await writeCart(cart);
  },
);

const newParticipantSchema = z.object({
  actionId: id,
  firstName: name,
  lastName: name,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalid_email" }))
    .pipe(z.string().max(120, { error: "too_long" })),
});

/** Adds a new person (created at validation), refusing one the company already knows or already typed. */
export const addNewCartParticipant = contactAction(
  "catalogue",
  newParticipantSchema,
  async ({ actionId, firstName, lastName, email }, context) => {
    const cart = await readCart(context);
    const line = cart.l.find((candidate) => candidate.a === actionId);
    if (!line) notFound();
    if (cartPeopleCount(cart) >= CART_MAX_PEOPLE) return { status: "error", formError: "too_many_people" } as const;
    const known = await db.participant.findMany({
      where: {
        ...companyScope(context),
        OR: [{ email: { equals: email, mode: "insensitive" } }, { lastName: { equals: lastName, mode: "insensitive" } }],
      },
      take: 50,
      select: { id: true, firstName: true, lastName: true, email: true },
    });
    const duplicate = findDuplicateParticipant({ firstName, lastName, email }, known);
    if (duplicate) {
      return {
        status: "error",
        fieldErrors: { [duplicate.reason === "duplicate_email" ? "email" : "lastName"]: [duplicate.reason] },
      } as const;
    }
    const typed = line.n.map((person) => ({ firstName: person.f, lastName: person.l, email: person.e }));
    const typedDuplicate = findDuplicateParticipant({ firstName, lastName, email }, typed);
    if (typedDuplicate)
      return {
        status: "error",
        fieldErrors: { [typedDuplicate.reason === "duplicate_email" ? "email" : "lastName"]: ["already_in_cart"] },
      } as const;
    line.n.push({ f: firstName, l: lastName, e: email });
    await writeCart(cart);
  },
);

export const removeCartParticipant = contactAction(
  "catalogue",
  z.object({
    actionId: id,
    participantId: z.string().max(40).optional(),
    newIndex: z.coerce.number().int().min(0).max(CART_MAX_PEOPLE).optional(),
  }),
  async ({ actionId, participantId, newIndex }, context) => {
    const cart = await readCart(context);
    const line = cart.l.find((candidate) => candidate.a === actionId);
    if (!line) notFound();
    if (participantId) line.p = line.p.filter((candidate) => candidate !== participantId);
    if (newIndex !== undefined) line.n = line.n.filter((_, index) => index !== newIndex);
    await writeCart(cart);
  },
);
