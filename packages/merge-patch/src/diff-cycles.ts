import { type Frame, notJson, pathOf } from "./diff-frame.js";
import type { JsonObject } from "./types.js";

/** Depth from which lockstep cycles in both inputs are looked for (a cycle makes the walk endless). */
const DEEP_MODE = 64;

/**
 * Both inputs could hold the same cycle, and then the paired walk would never end. Ancestors are tracked
 * only once the stack is deep (a Set operation per frame otherwise), which still catches every cycle.
 */
export class Ancestors {
  private sources: Set<object> | null = null;
  private targets: Set<object> | null = null;

  enter(stack: readonly Frame[], source: JsonObject, target: JsonObject, name: string): void {
    if (stack.length <= DEEP_MODE) return;
    this.sources ??= new Set(stack.map((frame) => frame.source));
    this.targets ??= new Set(stack.map((frame) => frame.target));
    for (const [side, set, value] of [
      ["source", this.sources, source],
      ["target", this.targets, target],
    ] as const) {
      if (set.has(value)) throw notJson(side, pathOf(stack, name), "a cycle (an object containing itself)");
      set.add(value);
    }
  }

  leave(stack: readonly Frame[], frame: Frame): void {
    if (this.sources === null || this.targets === null) return;
    if (stack.length > DEEP_MODE) {
      this.sources.delete(frame.source);
      this.targets.delete(frame.target);
    } else {
      this.sources = null;
      this.targets = null;
    }
  }
}
