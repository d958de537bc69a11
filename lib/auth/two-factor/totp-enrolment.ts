import QRCode from "qrcode";
import { openCookie, sealCookie } from "./signed-cookie";
import { newTotpSecret, totpUri } from "./totp";

const PURPOSE = "totp-enrolment";
const ENROLMENT_MAX_AGE_MS = 30 * 60_000;

export interface TotpEnrolmentOffer {
  /** The new secret, sealed for this user: the confirm form sends it back with the first code. */
  sealed: string;
  /** The secret in groups of four, for typing into an app by hand. */
  secretText: string;
  /** The otpauth:// QR code as an SVG data URL, drawn here (no outside service sees the secret). */
  qrDataUrl: string;
}

/** A fresh secret to scan; nothing is stored until a code confirms it (enrolTotp). */
export async function offerTotpEnrolment({
  userId,
  email,
  issuer,
  now = new Date(),
}: {
  userId: string;
  email: string;
  issuer: string;
  now?: Date;
}) {
  const secret = newTotpSecret();
  const svg = await QRCode.toString(totpUri({ secret, account: email, issuer }), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return {
    sealed: sealCookie(PURPOSE, { userId, secret }, new Date(now.getTime() + ENROLMENT_MAX_AGE_MS)),
    secretText: secret.match(/.{1,4}/g)!.join(" "),
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  } satisfies TotpEnrolmentOffer;
}

/** The secret of an offer made to `userId` and not expired, else null. */
export function openTotpEnrolment(sealed: string, userId: string, now = new Date()): string | null {
  const offer = openCookie<{ userId: string; secret: string }>(PURPOSE, sealed, now);
  return offer?.userId === userId ? offer.secret : null;
}
