import { createHash } from "node:crypto";
import { openCookie, sealCookie } from "./signed-cookie";

/** "Trust this device for 30 days": skips the second factor for this user on this host, until the password changes. */
export const TRUSTED_DEVICE_COOKIE = "passerelle-trusted-device";
export const TRUSTED_DEVICE_MAX_AGE_MS = 30 * 24 * 60 * 60_000;
const PURPOSE = "trusted-device";

interface TrustedDevice {
  userId: string;
  host: string;
  /** A digest of the password hash when trusted: any password change or reset revokes every trusted device. */
  password: string;
}

const passwordDigest = (passwordHash: string | null) =>
  createHash("sha256")
    .update(`trusted-device:${passwordHash ?? ""}`)
    .digest("base64url");

export function sealTrustedDevice({
  userId,
  host,
  passwordHash,
  now = new Date(),
}: {
  userId: string;
  host: string;
  passwordHash: string | null;
  now?: Date;
}) {
  return sealCookie<TrustedDevice>(
    PURPOSE,
    { userId, host, password: passwordDigest(passwordHash) },
    new Date(now.getTime() + TRUSTED_DEVICE_MAX_AGE_MS),
  );
}

export function isTrustedDevice({
  value,
  userId,
  host,
  passwordHash,
  now = new Date(),
}: {
  value: string | undefined;
  userId: string;
  host: string;
  passwordHash: string | null;
  now?: Date;
}): boolean {
  const device = openCookie<TrustedDevice>(PURPOSE, value, now);
  return device?.userId === userId && device.host === host && device.password === passwordDigest(passwordHash);
}
