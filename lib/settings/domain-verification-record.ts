/** Where a hostname's proof of ownership lives, and what it says: `_passerelle.<hostname>  TXT  "passerelle-verification=<token>"`. */
export function domainVerificationRecord(domain: { hostname: string; verificationToken: string }) {
  return { name: `_passerelle.${domain.hostname}`, value: `passerelle-verification=${domain.verificationToken}` };
}
