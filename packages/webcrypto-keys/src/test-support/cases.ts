/** All table cases, shared by the table test and the workerd differential suite. */
import type { Case } from "./case.js";
import { ecCases } from "./cases-ec.js";
import { edgeCases } from "./cases-edge.js";
import { okpCases } from "./cases-okp.js";
import { rsaCases } from "./cases-rsa.js";
import { shapeCases } from "./cases-shape.js";
import { symmetricCases } from "./cases-symmetric.js";

export type { Case, Want } from "./case.js";
export const CASES: readonly Case[] = [
  ...shapeCases,
  ...rsaCases,
  ...ecCases,
  ...okpCases,
  ...symmetricCases,
  ...edgeCases,
];
