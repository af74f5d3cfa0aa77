import { Kind, parse } from 'graphql';

/** The routing URL a supergraph records for one subgraph (`@join__graph(name:, url:)`), if it has that subgraph. */
export function routingUrlOf(supergraphSdl: string, subgraph: string): string | undefined {
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const join = value.directives?.find((d) => d.name.value === 'join__graph');
      const arg = (name: string) => join?.arguments?.find((a) => a.name.value === name)?.value;
      const name = arg('name');
      const url = arg('url');
      if (name?.kind === Kind.STRING && name.value === subgraph && url?.kind === Kind.STRING) return url.value;
    }
  }
  return undefined;
}
