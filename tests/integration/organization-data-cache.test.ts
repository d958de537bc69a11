import { cachedForOrganization, invalidateOrganizationData } from "@/lib/cache/organization-data-cache";
import { deliver, deliverToEveryTopic } from "@/lib/pubsub/subscriptions";

describe("organisation data cache", () => {
  afterEach(() => jest.useRealTimers());

  it("shares one load between concurrent requests and serves it until the TTL ends", async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ["nextTick", "setImmediate", "setTimeout"] });
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
    await invalidateOrganizationData("o2");
    await cachedForOrganization("o2", "k", 30_000, load);
    await cachedForOrganization("o3", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("forgets a failed load", async () => {
    await expect(cachedForOrganization("o4", "k", 30_000, async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedForOrganization("o4", "k", 30_000, async () => "up")).toBe("up");
  });

  it("applies the invalidations other instances publish, and forgets everything after a reconnection", async () => {
    const load = jest.fn(async () => "value");
    await cachedForOrganization("o6", "k", 30_000, load);
    deliver({ topic: "organization-data", key: "o6" }); // what the listener does with another instance's NOTIFY
    await cachedForOrganization("o6", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(2);
    deliverToEveryTopic(); // the listener reconnected and may have missed messages
    await cachedForOrganization("o6", "k", 30_000, load);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
