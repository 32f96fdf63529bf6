/** What a plan says about each name (names, types and reasons only: never a value). */
import type { BulkPatchBody, SecretType } from "./model.js";

export type UpdateReason = "will overwrite" | "fingerprint differs" | "type changes" | "current unknown";
export type UnchangedReason = "fingerprint matches" | "already absent";
export type DeleteReason = "explicit" | "prune";

export interface PlanCreate {
  name: string;
  type: SecretType;
}
export interface PlanUpdate {
  name: string;
  type: SecretType;
  from?: SecretType;
  reason: UpdateReason;
}
export interface PlanDelete {
  name: string;
  type?: SecretType;
  reason: DeleteReason;
}
export interface PlanUnchanged {
  name: string;
  type?: SecretType;
  reason: UnchangedReason;
}

export interface Plan {
  creates: PlanCreate[];
  updates: PlanUpdate[];
  deletes: PlanDelete[];
  unchanged: PlanUnchanged[];
  /** Request bodies, each ≤ maxOperations operations. They hold values: render with redactSecrets. */
  patches: BulkPatchBody[];
  /** Names the script will hold once every patch is applied (known only with `current`). */
  resulting?: string[];
}
