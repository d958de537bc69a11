// No zod here: the strength hint runs in the browser, and zod would add ~30 kB to every page with a password field.
export const MIN_PASSWORD_LENGTH = 9;

/** Which of the rules a password meets: at least 9 characters, upper case, lower case, digit, special. */
export function passwordChecks(password: string) {
  return {
    length: password.length >= MIN_PASSWORD_LENGTH,
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\d/.test(password),
    special: /[^\p{L}\d]/u.test(password),
  };
}

/** 0–4 for the strength hint; 4 means every rule is met (and longer passwords do not lose points). */
export function passwordStrength(password: string): number {
  const met = Object.values(passwordChecks(password)).filter(Boolean).length;
  return Math.max(0, met - 1);
}

export function isStrongPassword(password: string): boolean {
  return Object.values(passwordChecks(password)).every(Boolean);
}
