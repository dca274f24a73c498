// Each object's action queue. The game works through it one action at a time; the only actions
// modeled are ActionDoCommand (runs its command) and ActionWait (holds the queue). One queued
// action runs per scheduler step, as its own script run with the owner as OBJECT_SELF; a step is
// scheduled at delay 0 whenever the queue has work, so queued commands run after the current
// script, in order. ClearAllActions empties the queue.
import type { NwAction } from "../values.js";
import type { GameObject } from "./objects.js";
import type { World } from "./world.js";

export type QueuedAction = { readonly kind: "do"; readonly action: NwAction } | { readonly kind: "wait"; readonly seconds: number };

export function enqueueAction(world: World, owner: GameObject, item: QueuedAction): void {
  owner.actionQueue.push(item);
  scheduleStep(world, owner, 0);
}

export function clearActions(owner: GameObject): void {
  owner.actionQueue.length = 0;
}

function scheduleStep(world: World, owner: GameObject, delaySeconds: number): void {
  if (owner.actionStepPending) return;
  owner.actionStepPending = true;
  world.schedule(delaySeconds, owner.handle, { run: () => step(world, owner) });
}

function step(world: World, owner: GameObject): void {
  owner.actionStepPending = false;
  const item = owner.actionQueue.shift();
  if (!item) return;
  if (item.kind === "wait") {
    if (owner.actionQueue.length > 0) scheduleStep(world, owner, item.seconds);
    return;
  }
  try {
    item.action.run();
  } finally {
    if (owner.actionQueue.length > 0) scheduleStep(world, owner, 0);
  }
}
