// The handlers of this process, per topic. On globalThis: the proxy and the app are separate bundles of
// one process, and both must hear the events the listener receives.
export interface PubSubEvent {
  topic: string;
  /** What changed within the topic; absent means "anything may have changed". */
  key?: string;
}

export type PubSubHandler = (event: PubSubEvent) => void;

const handlers = ((globalThis as unknown as { passerelleSubscriptions?: Map<string, Set<PubSubHandler>> }).passerelleSubscriptions ??=
  new Map());

/** Calls `handler` for every event published on `topic`, by this instance or another; returns the unsubscribe. */
export function subscribe(topic: string, handler: PubSubHandler): () => void {
  const topicHandlers = handlers.get(topic) ?? new Set<PubSubHandler>();
  handlers.set(topic, topicHandlers);
  topicHandlers.add(handler);
  return () => void topicHandlers.delete(handler);
}

export function deliver(event: PubSubEvent): void {
  for (const handler of handlers.get(event.topic) ?? []) {
    try {
      handler(event);
    } catch (error) {
      console.error(`[pubsub] a "${event.topic}" handler failed`, error);
    }
  }
}

/** After the listener was disconnected events may have been missed: every topic hears "anything changed". */
export function deliverToEveryTopic(): void {
  for (const topic of handlers.keys()) deliver({ topic });
}
