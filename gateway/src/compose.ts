import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { DocumentNode, getLocation, GraphQLError, parse, Source } from 'graphql';
import { hasPublicTag, hideNonPublic, ParsedSubgraph, parseSubgraph, publicElements } from './publicContract';
import YAML from 'yaml';

/** One subgraph as composition needs it: its name, where the gateway reaches it, and its SDL. */
export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** Composition failed; `problems` holds one readable line per composition error. */
export class CompositionFailed extends Error {
  constructor(readonly problems: string[], what = '超级图') {
    super(`${what}组合失败（${problems.length} 个错误）：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionFailed';
  }
}

/**
 * `CODE: message [subgraph a (line:col), subgraph b]`. Each SDL is parsed under a Source named after its
 * subgraph, so the AST nodes attached to an error tell which subgraphs it involves.
 */
function describe(error: GraphQLError): string {
  const code = (error.extensions?.code as string | undefined) ?? 'COMPOSITION_ERROR';
  const where = new Set<string>();
  for (const node of error.nodes ?? []) {
    const loc = node.loc;
    if (!loc) continue;
    const { line, column } = getLocation(loc.source, loc.start);
    where.add(`${loc.source.name} ${line}:${column}`);
  }
  return `${code}: ${error.message}${where.size ? ` [${[...where].join(', ')}]` : ''}`;
}

function parseAll(subgraphs: SubgraphSource[], what?: string): ParsedSubgraph[] {
  const parseProblems: string[] = [];
  const parsed = subgraphs.flatMap(({ name, url, sdl }) => {
    try {
      return [parseSubgraph(name, url, sdl)];
    } catch (error) {
      parseProblems.push(`GRAPHQL_PARSE_FAILED: 子图 ${name} 的 SDL 无法解析：${(error as Error).message}`);
      return [];
    }
  });
  if (parseProblems.length) throw new CompositionFailed(parseProblems, what);
  return parsed;
}

function compose(services: { name: string; url: string; typeDefs: DocumentNode }[], what?: string): string {
  const result = composeServices(services);
  if (result.errors) throw new CompositionFailed(result.errors.map(describe), what);
  return result.supergraphSdl;
}

/** Composes subgraph SDLs into a supergraph SDL (what `rover supergraph compose` prints). */
export function composeSupergraph(subgraphs: SubgraphSource[]): string {
  if (!subgraphs.length) throw new CompositionFailed(['没有任何子图']);
  return compose(parseAll(subgraphs).map(({ name, url, document }) => ({ name, url, typeDefs: document })));
}

const PUBLIC = '公共超级图';

/**
 * The service portal's supergraph: the same subgraphs with everything not tagged `@tag(name: "public")`
 * made `@inaccessible` (rules in publicContract.ts), composed. Its API schema is what anonymous callers see.
 * Subgraphs without tags are left out; with no tag anywhere there is nothing public and composition fails.
 */
export function composePublicSupergraph(subgraphs: SubgraphSource[]): string {
  const parsed = parseAll(subgraphs, PUBLIC);
  const tagged = parsed.filter(hasPublicTag);
  if (!tagged.length) {
    throw new CompositionFailed(['NO_PUBLIC_ELEMENTS: 没有任何子图用 @tag(name: "public") 标记公众可用的类型和字段，公共超级图无内容可组合'], PUBLIC);
  }
  const visible = publicElements(tagged);
  // Printed and parsed again under the subgraph's name, so composition errors point at lines of the contract SDL.
  return compose(tagged.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(new Source(hideNonPublic(s, visible), `${s.name}（公共契约）`)) })), PUBLIC);
}

export interface SupergraphConfig {
  /** As written in the file (e.g. `=2.7.0`); informational, composition follows each subgraph's `@link`. */
  federationVersion?: string;
  subgraphs: SubgraphSource[];
}

interface RawSubgraph {
  routing_url?: unknown;
  schema?: { file?: unknown; subgraph_url?: unknown; graphref?: unknown };
}

/**
 * Reads a rover-format `supergraph.yaml`. Only `schema.file` sources are supported: composing from a live
 * subgraph or from GraphOS would make the build depend on running services or on the network.
 */
export function readSupergraphConfig(file: string): SupergraphConfig {
  const folder = path.dirname(path.resolve(file));
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) as { federation_version?: unknown; subgraphs?: Record<string, RawSubgraph> } | null;
  const entries = Object.entries(doc?.subgraphs ?? {});
  if (!entries.length) throw new Error(`${file}: 未声明任何子图（subgraphs）`);
  const subgraphs = entries.map(([name, raw]) => {
    const url = raw?.routing_url;
    const schemaFile = raw?.schema?.file;
    if (typeof url !== 'string' || !url) throw new Error(`${file}: 子图 ${name} 缺少 routing_url`);
    if (typeof schemaFile !== 'string' || !schemaFile) {
      throw new Error(`${file}: 子图 ${name} 必须用 schema.file 指定 SDL 文件（不支持 subgraph_url / graphref）`);
    }
    const sdlPath = path.resolve(folder, schemaFile);
    if (!fs.existsSync(sdlPath)) throw new Error(`${file}: 子图 ${name} 的 SDL 文件不存在：${sdlPath}`);
    return { name, url, sdl: fs.readFileSync(sdlPath, 'utf8') };
  });
  const version = doc?.federation_version;
  return { federationVersion: version === undefined ? undefined : String(version), subgraphs };
}
