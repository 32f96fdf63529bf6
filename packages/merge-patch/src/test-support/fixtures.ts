// Test data copied from shared/vectors (see fixtures/README.md). Read with JSON.parse, never pasted as
// literals: several vectors hold a "__proto__" member, which an object literal would turn into a prototype.
import { readFileSync } from "node:fs";
import type { JsonValue } from "../types.js";

export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"));
}

export interface AppendixVector {
  doc: JsonValue;
  patch: JsonValue;
  expected: JsonValue;
  comment: string;
}

export type SuiteVector = { comment: string; source: string } & (
  | {
      kind: "apply";
      doc: JsonValue;
      patch: JsonValue;
      expected: JsonValue;
      expectedKeyOrder?: string[];
      jsNote?: string;
      undefinedByRFC?: boolean;
    }
  | {
      kind: "generate";
      doc: JsonValue;
      target: JsonValue;
      expected: JsonValue;
      roundTripPossible: boolean;
      expectedRoundTrips?: boolean;
      nonRFCUpstreamOutput?: JsonValue;
      upstreamOutput?: JsonValue;
      alsoAcceptable?: JsonValue[];
    }
  | {
      kind: "compose";
      patch1: JsonValue;
      patch2: JsonValue;
      expected: JsonValue;
      upstreamExpected?: JsonValue;
    }
  | {
      kind: "toJsonPatch";
      doc: JsonValue;
      patch: JsonValue;
      expected: JsonValue;
      naiveConversionFails: boolean;
    }
  | { kind: "apply-deep"; depth: number }
);

export const appendix = loadFixture("rfc7396-appendix-a.json") as AppendixVector[];
export const suites = loadFixture("merge-patch-suites.json") as SuiteVector[];

export function ofKind<K extends SuiteVector["kind"]>(kind: K): Extract<SuiteVector, { kind: K }>[] {
  return suites.filter((v): v is Extract<SuiteVector, { kind: K }> => v.kind === kind);
}
