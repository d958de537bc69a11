/** Where a user whom the rules require to have an authenticator app is sent until they enrol one. */
export const TWO_FACTOR_ENROLMENT_PATH = "/double-authentification";
