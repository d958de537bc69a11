/** A browser and system named from a user agent, for the account's list of sessions; null parts when unknown. */
export interface DeviceDescription {
  browser: string | null;
  system: string | null;
  mobile: boolean;
}

// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux".
const BROWSERS: [RegExp, string][] = [
  [/Edg(A|iOS)?\//, "Edge"],
  [/(OPR|Opera)\//, "Opera"],
  [/(Firefox|FxiOS)\//, "Firefox"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/(HeadlessChrome|Chrome|CriOS|Chromium)\//, "Chrome"],
  [/Version\/[\d.]+.*Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/(iPhone|iPad|iPod)/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/(Macintosh|Mac OS X)/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function describeDevice(userAgent: string | null): DeviceDescription {
  const agent = userAgent ?? "";
  return {
    browser: BROWSERS.find(([pattern]) => pattern.test(agent))?.[1] ?? null,
    system: SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1] ?? null,
    mobile: /Mobi|iPhone|Android/.test(agent),
  };
}
