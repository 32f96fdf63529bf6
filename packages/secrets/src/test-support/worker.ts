/** A Worker that runs the main entry inside workerd: POST a scenario, get the library's answers back. */
import {
  parseSecretsFile,
  parseState,
  planSecrets,
  renderPlan,
  toBulkPatch,
  updateState,
  validateBulkPatch,
} from "../index.js";

interface Scenario {
  dotenv: string;
  body: unknown;
  state: string;
}

export default {
  async fetch(request: Request): Promise<Response> {
    const { dotenv, body, state: stateText } = (await request.json()) as Scenario;
    const desired = parseSecretsFile(dotenv, { filename: ".dev.vars" });
    const state = await updateState(parseState(stateText), {
      script: "w",
      desired: new Map([...desired].slice(0, 1)),
    });
    const current = new Map(
      [...desired.keys()].map((name) => [name, { name, type: "secret_text" as const }]),
    );
    const plan = await planSecrets({ desired, current, state, script: "w" });
    return Response.json({
      report: await validateBulkPatch(body),
      desiredBody: toBulkPatch(desired),
      rendered: renderPlan(plan),
    });
  },
};
