"use server";

import { publicAction } from "../actions/define-action";
import { loginSchema } from "./login-schema";
import { signInWith } from "./sign-in-with";
import { loginCodeSchema } from "./two-factor/login-code-schema";

export const logIn = publicAction(loginSchema, ({ email, password }) => signInWith({ email, password }));

/** The second step of a login whose account has an authenticator app (the pending-login cookie names it). */
export const logInWithCode = publicAction(loginCodeSchema, ({ code, trustDevice }) =>
  signInWith({ code, ...(trustDevice ? { trustDevice } : {}) }),
);
