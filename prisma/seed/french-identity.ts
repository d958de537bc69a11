/** Helpers for plausible French identifiers and names. Numbers are valid in form only. */

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid SIREN (9 digits) from an 8-digit stem. */
export function siren(stem: string): string {
  return `${stem}${luhnCheckDigit(stem)}`;
}

/** A Luhn-valid SIRET: SIREN + a 5-digit establishment number whose last digit is the key. */
export function siret(sirenNumber: string, establishment: string): string {
  const stem = `${sirenNumber}${establishment.padStart(4, "0")}`;
  return `${stem}${luhnCheckDigit(stem)}`;
}

/** The intra-community VAT number of a SIREN: FR + key + SIREN. */
export function vatNumber(sirenNumber: string): string {
  const key = (12 + 3 * (Number(sirenNumber) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${sirenNumber}`;
}

/** "Élodie Lefèvre-Dupont" → "elodie.lefevre-dupont" */
export function emailLocalPart(firstName: string, lastName: string): string {
  return `${firstName}.${lastName}`
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/['’\s]+/g, "-")
    .replace(/[^a-z0-9.-]/g, "");
}

export const FEMALE_FIRST_NAMES = [
  "Camille",
  "Léa",
  "Manon",
  "Chloé",
  "Sarah",
  "Julie",
  "Laura",
  "Pauline",
  "Marine",
  "Émilie",
  "Céline",
  "Aurélie",
  "Nathalie",
  "Isabelle",
  "Sandrine",
  "Sophie",
  "Valérie",
  "Amandine",
  "Inès",
  "Clara",
  "Lucie",
  "Anaïs",
  "Mathilde",
  "Charlotte",
  "Élise",
  "Margaux",
  "Justine",
  "Fatima",
  "Yasmine",
  "Hélène",
] as const;

export const MALE_FIRST_NAMES = [
  "Thomas",
  "Nicolas",
  "Julien",
  "Maxime",
  "Alexandre",
  "Kévin",
  "Romain",
  "Antoine",
  "Guillaume",
  "Pierre",
  "Sébastien",
  "Jérôme",
  "Mathieu",
  "Florian",
  "Hugo",
  "Lucas",
  "Théo",
  "Baptiste",
  "Quentin",
  "Damien",
  "Karim",
  "Mehdi",
  "Yannick",
  "Frédéric",
  "Olivier",
  "Stéphane",
  "Benoît",
  "Cédric",
  "Rémi",
  "François",
] as const;

export const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Lefèvre",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Legrand",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Muller",
  "Henry",
  "Roussel",
  "Nicolas",
  "Perrin",
  "Morin",
  "Mathieu",
  "Clément",
  "Gauthier",
  "Dumont",
  "Lopez",
  "Fontaine",
  "Chevalier",
  "Robin",
  "Masson",
  "Sanchez",
  "Gérard",
  "Nguyen",
  "Boyer",
  "Denis",
  "Lemaire",
  "Duval",
  "Joly",
  "Gautier",
  "Benali",
  "Haddad",
  "Le Gall",
  "Le Goff",
  "Kerbrat",
  "Ferrand",
  "Colin",
  "Caron",
  "Brun",
  "Marchand",
] as const;
