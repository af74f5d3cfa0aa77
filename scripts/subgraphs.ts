import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSchema, SubgraphDefinition } from '@hub/runtime';

/** Every subgraph of the hub, in supergraph.yaml order, with the port `npm start` gives it. */
export const SUBGRAPHS = [
  { name: 'catalog', port: 4101 },
  { name: 'subjects', port: 4102 },
  { name: 'enforcement', port: 4103 },
  { name: 'credit', port: 4104 },
  { name: 'complaints', port: 4105 },
  { name: 'knowledge', port: 4106 },
  { name: 'identity', port: 4107 },
  { name: 'exchange', port: 4108 },
] as const;

export function loadSubgraph(name: string): SubgraphDefinition {
  // Loaded by name so that a script pays only for the subgraphs it uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`@hub/${name}`).default as SubgraphDefinition;
}

/** The subgraph's SDL as the gateway sees it (federation directives included). */
export async function printSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await subgraphSchema(definition));
}

/** `--name value` or `--name=value` from the command line. */
export function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}
