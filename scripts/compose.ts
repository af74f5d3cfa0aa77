// `npm run compose`: prints every subgraph's SDL from its code into the schema file that supergraph.yaml
// names, then composes them into supergraph.graphql and the public contract (only what subgraphs tag
// `@tag(name: "public")`) into supergraph.public.graphql. `--check` writes nothing and fails when a committed
// file is out of date or the committed SDLs do not compose (CI runs it).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CompositionFailed, composePublicSupergraph, composeSupergraph, readSupergraphConfig } from '@hub/gateway';
import { repoRoot } from '@hub/runtime';
import { loadSubgraph, printSdl } from './subgraphs';

async function main() {
  const check = process.argv.includes('--check');
  const root = repoRoot();
  const yamlFile = path.join(root, 'supergraph.yaml');
  const outFile = path.join(root, 'supergraph.graphql');
  const publicFile = path.join(root, 'supergraph.public.graphql');
  const stale: string[] = [];

  // The schema files named in supergraph.yaml, printed afresh from each subgraph's code.
  const declared = YAML.parse(fs.readFileSync(yamlFile, 'utf8')) as { subgraphs: Record<string, { schema: { file: string } }> };
  const files = Object.entries(declared.subgraphs).map(([name, s]) => ({ name, file: path.resolve(root, s.schema.file) }));
  for (const { name, file } of files) {
    const sdl = await printSdl(loadSubgraph(name));
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === sdl) continue;
    if (check) stale.push(path.relative(root, file));
    else fs.writeFileSync(file, sdl);
  }

  const config = readSupergraphConfig(yamlFile);
  const supergraph = composeOrExit(() => composeSupergraph(config.subgraphs));
  // Written before the public contract is composed: a contract problem must not hold back the full supergraph.
  if (!check) fs.writeFileSync(outFile, supergraph);
  const publicSupergraph = composeOrExit(() => composePublicSupergraph(config.subgraphs));
  if (check) {
    if (!fs.existsSync(outFile) || fs.readFileSync(outFile, 'utf8') !== supergraph) stale.push('supergraph.graphql');
    if (!fs.existsSync(publicFile) || fs.readFileSync(publicFile, 'utf8') !== publicSupergraph) stale.push('supergraph.public.graphql');
    if (stale.length) {
      process.stderr.write(`以下文件与代码不一致，请运行 npm run compose 并提交：\n  ${stale.join('\n  ')}\n`);
      process.exit(1);
    }
    process.stdout.write(`supergraph composes; ${config.subgraphs.length} subgraph SDLs, supergraph.graphql and supergraph.public.graphql are up to date\n`);
  } else {
    fs.writeFileSync(publicFile, publicSupergraph);
    process.stdout.write(`wrote ${config.subgraphs.length} subgraph SDLs, ${path.relative(process.cwd(), outFile)} and ${path.relative(process.cwd(), publicFile)}\n`);
  }
}

function composeOrExit(compose: () => string): string {
  try {
    return compose();
  } catch (error) {
    if (error instanceof CompositionFailed) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
