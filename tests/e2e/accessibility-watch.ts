// Every HTML page a browser test shows is checked by axe-core; a serious or critical violation fails the test.
import AxeBuilder from "@axe-core/playwright";
import { appendFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "@playwright/test";

export interface AxeFinding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

// The pages this worker has already scanned on arrival, by host (each has its brand colours), route (ids
// folded), query keys and width: a page every test opens (the login, the dashboard) is scanned on arrival
// once, which keeps the suite fast. Each page is still scanned as the test leaves it, in its final state.
const scannedOnArrival = new Set<string>();
const routeKey = (url: string, width: number) => {
  const { host, pathname, searchParams } = new URL(url);
  const route = pathname.replace(/\/[a-z0-9]{20,}(?=\/|$)/g, "/:id").replace(/\/\d+(?=\/|$)/g, "/:n");
  return `${host}${route}?${[...searchParams.keys()].sort().join("&")}@${width}`;
};

/** Scans a page once it has settled; a page that navigates away or closes mid-scan is scanned at its next stop. */
async function scan(page: Page, { onArrival }: { onArrival: boolean }): Promise<AxeFinding[]> {
  if (page.isClosed()) return [];
  try {
    await page.waitForLoadState("load");
    const isHtml = await page.evaluate(() => document.contentType === "text/html" && location.protocol.startsWith("http"));
    if (!isHtml) return [];
    const url = page.url();
    if (onArrival) {
      const key = routeKey(url, page.viewportSize()?.width ?? 0);
      if (scannedOnArrival.has(key)) return [];
      scannedOnArrival.add(key);
    }
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    // The page moved on while axe read it (a form's redirect): what it saw was half of each; the next stop is scanned.
    if (page.url() !== url) return [];
    return violations
      .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
      .map((violation) => ({
        url: new URL(url).pathname,
        rule: violation.id,
        impact: violation.impact!,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
  } catch {
    return [];
  }
}

/** Watches every page of the test's contexts (and of contexts the test opens itself) and collects findings. */
export class AccessibilityWatch {
  private readonly findings = new Map<string, AxeFinding>();
  private readonly pending = new Set<Promise<void>>();
  private readonly pages = new Set<Page>();
  private readonly busy = new WeakMap<Page, Promise<void>>();

  watchContext(context: BrowserContext): void {
    context.pages().forEach((page) => this.watchPage(page));
    context.on("page", (page) => this.watchPage(page));
  }

  /** Wraps `browser.newContext` / `browser.newPage` for the test's duration; returns the undo. */
  watchBrowser(browser: Browser): () => void {
    const { newContext, newPage } = browser;
    browser.newContext = async (...args) => {
      const context = await newContext.apply(browser, args);
      this.watchContext(context);
      return context;
    };
    browser.newPage = async (...args) => {
      const page = await newPage.apply(browser, args);
      this.watchPage(page);
      return page;
    };
    return () => {
      browser.newContext = newContext;
      browser.newPage = newPage;
    };
  }

  private watchPage(page: Page): void {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) this.schedule(page, { onArrival: true });
    });
  }

  /** One scan at a time per page, chained after the previous one. */
  private schedule(page: Page, { onArrival }: { onArrival: boolean }): void {
    const previous = this.busy.get(page) ?? Promise.resolve();
    const next = previous.then(async () => this.record(await scan(page, { onArrival })));
    this.busy.set(page, next);
    this.pending.add(next);
    void next.finally(() => this.pending.delete(next));
  }

  private record(findings: AxeFinding[]): void {
    for (const finding of findings) this.findings.set(`${finding.url} ${finding.rule}`, finding);
  }

  /** Waits for the scans under way, scans each open page as the test left it, and returns every finding. */
  async finish(): Promise<AxeFinding[]> {
    for (const page of this.pages) this.schedule(page, { onArrival: false });
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    const findings = [...this.findings.values()];
    if (process.env.AXE_LOG) for (const finding of findings) appendFileSync(process.env.AXE_LOG, `${JSON.stringify(finding)}\n`);
    return findings;
  }
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.impact} ${finding.rule} on ${finding.url}: ${finding.help}\n    ${finding.targets.slice(0, 5).join("\n    ")}`,
    )
    .join("\n");
}
