/** The workerd configuration (Cap'n Proto text) for one ES-module worker served on one loopback socket. */
export interface WorkerConfig {
  /** File name of the bundled module, relative to the config file. */
  moduleFile: string;
  port: number;
  compatibilityDate: string;
  compatibilityFlags: readonly string[];
}

export function workerdConfig({
  moduleFile,
  port,
  compatibilityDate,
  compatibilityFlags,
}: WorkerConfig): string {
  const flags = compatibilityFlags.map((flag) => JSON.stringify(flag)).join(", ");
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "main", worker = .mainWorker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);

const mainWorker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed ${JSON.stringify(moduleFile)}) ],
  compatibilityDate = ${JSON.stringify(compatibilityDate)},
  compatibilityFlags = [ ${flags} ],
);
`;
}
