import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

// next-auth v5 and its dependencies ship ESM only: let SWC transform them (stack.md, trap 6).
const ESM_PACKAGES = ["next-auth", "@auth/core", "jose", "oauth4webapi", "@panva/hkdf", "preact", "preact-render-to-string"];

/** @param {import("jest").Config} config */
async function project(config) {
  const resolved = await createJestConfig({ testEnvironment: "node", moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" }, ...config })();
  return { ...resolved, transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join("|")})/)`] };
}

/** @returns {Promise<import("jest").Config>} */
export default async function jestConfig() {
  return {
    projects: [
      await project({ displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] }),
      await project({
        displayName: "integration",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts?(x)"],
        globalSetup: "<rootDir>/tests/support/integration-setup.ts",
        globalTeardown: "<rootDir>/tests/support/integration-teardown.ts",
      }),
    ],
  };
}
