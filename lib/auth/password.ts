import bcrypt from "bcryptjs";

// Cost 11 ≈ 200 ms on these machines: slow against offline guessing, still quick for a login.
const BCRYPT_COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
