import { db } from "@/lib/db";

// After each test file, close the shared pool: connections left open would still be there when the
// test database stops at the end of the run, and their errors would reach a torn-down environment.
afterAll(() => db.$disconnect());
