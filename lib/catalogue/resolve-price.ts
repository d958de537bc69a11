/** One module of a session, with its catalogue price. */
export interface PricedModule {
  id: string;
  defaultPriceCents: number;
}

export interface ResolveUnitPriceOptions {
  /** The session's own price per participant (INTER), if staff set one. */
  actionPriceCents: number | null;
  modules: PricedModule[];
  /** The company's specific prices (CompanyPrice), by module id; empty for a visitor. */
  companyPrices: ReadonlyMap<string, number>;
}

/**
 * The price per participant (excl. VAT) a company pays for a session: when the company has a specific
 * price for one of the session's modules, the sum of its prices (the module default where it has none);
 * otherwise the session's price, else the sum of the modules' default prices.
 */
export function resolveUnitPrice({ actionPriceCents, modules, companyPrices }: ResolveUnitPriceOptions): number {
  if (modules.some((module) => companyPrices.has(module.id))) {
    return modules.reduce((sum, module) => sum + (companyPrices.get(module.id) ?? module.defaultPriceCents), 0);
  }
  return actionPriceCents ?? modules.reduce((sum, module) => sum + module.defaultPriceCents, 0);
}

/** A module's price for a company: its specific price, else the module's default price. */
export function resolveModulePrice(module: PricedModule, companyPrices: ReadonlyMap<string, number>): number {
  return companyPrices.get(module.id) ?? module.defaultPriceCents;
}
