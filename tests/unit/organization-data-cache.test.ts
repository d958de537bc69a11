import {
  cachedForOrganization,
  connectInvalidationBus,
  invalidateOrganizationData,
  type InvalidationBus,
} from "@/lib/cache/organization-data-cache";

describe("organisation data cache", () => {
  afterEach(() => jest.useRealTimers());

  it("shares one load between concurrent requests and serves it until the TTL ends", async () => {
    jest.useFakeTimers({ now: 0 });
    const load = jest.fn(async () => ({ seats: 3 }));
    const [a, b] = await Promise.all([cachedForOrganization("o1", "k", 30_000, load), cachedForOrganization("o1", "k", 30_000, load)]);
    expect(a).toBe(b);
    jest.setSystemTime(29_999);
    await cachedForOrganization("o1", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(1);
    jest.setSystemTime(30_001);
    await cachedForOrganization("o1", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps organisations apart and forgets one at once on invalidation", async () => {
    const load = jest.fn(async () => "value");
    await cachedForOrganization("o2", "k", 30_000, load);
    await cachedForOrganization("o3", "k", 30_000, load);
    invalidateOrganizationData("o2");
    await cachedForOrganization("o2", "k", 30_000, load);
    await cachedForOrganization("o3", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("forgets a failed load", async () => {
    await expect(cachedForOrganization("o4", "k", 30_000, async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedForOrganization("o4", "k", 30_000, async () => "up")).toBe("up");
  });

  it("publishes invalidations to the other instances and applies theirs", async () => {
    const listeners: ((organizationId: string | null) => void)[] = [];
    const bus: InvalidationBus = { publish: jest.fn(), subscribe: (listener) => void listeners.push(listener) };
    connectInvalidationBus(bus);
    invalidateOrganizationData("o5");
    expect(bus.publish).toHaveBeenCalledWith("o5");
    const load = jest.fn(async () => "value");
    await cachedForOrganization("o6", "k", 30_000, load);
    listeners.forEach((listener) => listener("o6")); // another instance changed o6
    await cachedForOrganization("o6", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(2);
    listeners.forEach((listener) => listener(null)); // the bus missed messages: everything goes
    await cachedForOrganization("o6", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
