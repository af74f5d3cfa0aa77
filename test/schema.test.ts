import path from 'node:path';
import fs from 'node:fs';
import { composeSupergraph, readSupergraphConfig } from '@hub/gateway';
import { migrate, openOrm, repoRoot } from '@hub/runtime';
import { createTestDatabase } from '@hub/runtime/testing';
import { loadSubgraph, printSdl, SUBGRAPHS } from '../scripts/subgraphs';

const root = repoRoot();

describe('schemas in the repository', () => {
  test('the committed subgraph SDLs compose into the committed supergraph', () => {
    const config = readSupergraphConfig(path.join(root, 'supergraph.yaml'));
    expect(config.subgraphs.map((s) => s.name)).toEqual(SUBGRAPHS.map((s) => s.name));
    const supergraph = composeSupergraph(config.subgraphs);
    expect(supergraph).toBe(fs.readFileSync(path.join(root, 'supergraph.graphql'), 'utf8'));
  });

  test.each(SUBGRAPHS.map((s) => s.name))('the committed SDL of %s is what its code prints', async (name) => {
    const config = readSupergraphConfig(path.join(root, 'supergraph.yaml'));
    const committed = config.subgraphs.find((s) => s.name === name)!.sdl;
    expect(await printSdl(loadSubgraph(name))).toBe(committed);
  });

  test.each(SUBGRAPHS.map((s) => s.name))('the migrations of %s build exactly what its entities declare', async (name) => {
    const database = await createTestDatabase(`mig_${name}`);
    const definition = loadSubgraph(name);
    const orm = await openOrm({ clientUrl: database.url, schema: name, entities: definition.entities, migrationsPath: definition.migrationsPath });
    try {
      await migrate(orm);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});
