import {
  ArgumentNode, ConstDirectiveNode, DefinitionNode, DocumentNode, FieldDefinitionNode, InputValueDefinitionNode, Kind, ListValueNode,
  NamedTypeNode, parse, print, Source, StringValueNode, TypeNode,
} from 'graphql';

/**
 * 公共契约 (the service portal's schema): like a GraphOS contract with `include: ["public"]`, computed on the
 * subgraph SDLs before composition. What the public may use carries `@tag(name: "public")`:
 * - object and interface types, and each of their fields (root fields included): a field is public only when
 *   it is tagged itself, so a field added later to a public type stays private until someone decides;
 * - input object types (their fields and the arguments of a public field follow their parent: they carry
 *   nothing out, and hiding a required one would make the field unusable);
 * - enums, scalars and unions need no tag: they are public exactly when a public field or argument uses them.
 * A tagged type that no public field reaches is hidden too. Everything else gets `@inaccessible`, in every
 * subgraph that defines it, and the result is composed as usual (so the public API schema is the supergraph's
 * API schema). Subgraphs without a single tag are left out.
 */
export const PUBLIC_TAG = 'public';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
/** Federation's own types (`_Any`, `_Entity`, `link__Import`, …) are composition's business. */
const INTERNAL_NAME = /^(_|link__|federation__)/;

type Kindish = 'object' | 'interface' | 'input' | 'union' | 'enum' | 'scalar';

interface FieldInfo {
  tagged: boolean;
  type: string;
  args: { name: string; type: string }[];
}

interface TypeInfo {
  kind: Kindish;
  tagged: boolean;
  fields: Map<string, FieldInfo>;
  interfaces: Set<string>;
  members: Set<string>;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

const isPublicTag = (directive: ConstDirectiveNode, tagName: string) =>
  directive.name.value === tagName &&
  (directive.arguments ?? []).some((a) => a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === PUBLIC_TAG);

/** What `@link` imports name the federation directives (`@tag` and `@inaccessible`, or their prefixed names). */
function federationNames(document: DocumentNode): { tag: string; inaccessible: string; imported: Set<string> } {
  const imported = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_EXTENSION && definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const url = directive.arguments?.find((a) => a.name.value === 'url')?.value;
      if (url?.kind !== Kind.STRING || !url.value.includes('/federation/')) continue;
      const list = directive.arguments?.find((a) => a.name.value === 'import')?.value;
      if (list?.kind === Kind.LIST) for (const value of list.values) if (value.kind === Kind.STRING) imported.add(value.value);
    }
  }
  return { tag: imported.has('@tag') ? 'tag' : 'federation__tag', inaccessible: imported.has('@inaccessible') ? 'inaccessible' : 'federation__inaccessible', imported };
}

type TypeDefinition = Extract<DefinitionNode, { name: { value: string } }> & { directives?: readonly ConstDirectiveNode[] };

function kindOf(definition: DefinitionNode): Kindish | undefined {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
      return 'object';
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return 'interface';
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return 'input';
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
      return 'union';
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return 'enum';
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return 'scalar';
    default:
      return undefined;
  }
}

export interface ParsedSubgraph {
  name: string;
  url: string;
  document: DocumentNode;
}

/** True when the subgraph tags anything public. */
export function hasPublicTag({ document }: ParsedSubgraph): boolean {
  const { tag } = federationNames(document);
  let found = false;
  const visitDirectives = (directives?: readonly ConstDirectiveNode[]) => {
    if (directives?.some((d) => isPublicTag(d, tag))) found = true;
  };
  for (const definition of document.definitions) {
    if (!kindOf(definition)) continue;
    const typed = definition as TypeDefinition & { fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] };
    visitDirectives(typed.directives);
    for (const field of typed.fields ?? []) visitDirectives(field.directives);
  }
  return found;
}

/** One merged view of every type over all subgraphs: a type or field is tagged when any subgraph tags it. */
function mergeTypes(subgraphs: ParsedSubgraph[]): Map<string, TypeInfo> {
  const types = new Map<string, TypeInfo>();
  for (const { document } of subgraphs) {
    const { tag } = federationNames(document);
    for (const definition of document.definitions) {
      const kind = kindOf(definition);
      if (!kind) continue;
      const typed = definition as TypeDefinition & {
        fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[];
        interfaces?: readonly NamedTypeNode[];
        types?: readonly NamedTypeNode[];
      };
      const name = typed.name.value;
      let info = types.get(name);
      if (!info) types.set(name, (info = { kind, tagged: false, fields: new Map(), interfaces: new Set(), members: new Set() }));
      if (typed.directives?.some((d) => isPublicTag(d, tag))) info.tagged = true;
      for (const i of typed.interfaces ?? []) info.interfaces.add(i.name.value);
      for (const m of typed.types ?? []) info.members.add(m.name.value);
      for (const field of typed.fields ?? []) {
        let known = info.fields.get(field.name.value);
        if (!known) {
          const args = 'arguments' in field ? (field.arguments ?? []).map((a) => ({ name: a.name.value, type: namedType(a.type) })) : [];
          info.fields.set(field.name.value, (known = { tagged: false, type: namedType(field.type), args }));
        }
        if (field.directives?.some((d) => isPublicTag(d, tag))) known.tagged = true;
      }
    }
  }
  return types;
}

/** Public types and, per type, public fields: reachable from tagged root fields through tagged elements. */
export function publicElements(subgraphs: ParsedSubgraph[]): { types: Set<string>; fields: Map<string, Set<string>> } {
  const types = mergeTypes(subgraphs);
  const visible = new Set<string>();
  const queue: string[] = [];
  const admits = (name: string): boolean => {
    if (BUILT_IN_SCALARS.has(name)) return true;
    const info = types.get(name);
    if (!info) return false;
    if (ROOT_TYPES.has(name)) return true;
    return info.kind === 'enum' || info.kind === 'scalar' || info.kind === 'union' || info.tagged;
  };
  const reach = (name: string) => {
    if (visible.has(name) || !admits(name)) return;
    visible.add(name);
    queue.push(name);
  };
  for (const root of ROOT_TYPES) if (types.has(root)) reach(root);

  /** A field of a visible interface is implemented by the same field of every visible implementation. */
  const interfaceField = (typeName: string, field: string) =>
    [...(types.get(typeName)?.interfaces ?? [])].some((i) => types.get(i)?.tagged && types.get(i)?.fields.get(field)?.tagged);
  const fieldIsTagged = (typeName: string, fieldName: string, field: FieldInfo) => field.tagged || interfaceField(typeName, fieldName);

  while (queue.length) {
    const name = queue.shift()!;
    const info = types.get(name);
    if (!info) continue;
    if (info.kind === 'union') for (const member of info.members) reach(member);
    if (info.kind === 'interface') {
      for (const [other, candidate] of types) if (candidate.interfaces.has(name)) reach(other);
    }
    if (info.kind === 'object' || info.kind === 'interface') {
      for (const [fieldName, field] of info.fields) {
        if (!fieldIsTagged(name, fieldName, field)) continue;
        reach(field.type);
        for (const arg of field.args) reach(arg.type);
      }
      for (const i of info.interfaces) if (types.get(i)?.tagged) reach(i);
    }
    if (info.kind === 'input') for (const field of info.fields.values()) reach(field.type);
  }

  const fields = new Map<string, Set<string>>();
  for (const name of visible) {
    const info = types.get(name);
    if (!info || (info.kind !== 'object' && info.kind !== 'interface' && info.kind !== 'input')) continue;
    const kept = new Set<string>();
    for (const [fieldName, field] of info.fields) {
      const own = info.kind === 'input' || fieldIsTagged(name, fieldName, field);
      if (own && visible.has(field.type)) kept.add(fieldName);
    }
    fields.set(name, kept);
  }
  return { types: visible, fields };
}

const directive = (name: string): ConstDirectiveNode => ({ kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: name }, arguments: [] });

function withDirective<T extends { directives?: readonly ConstDirectiveNode[] }>(node: T, name: string): T {
  if (node.directives?.some((d) => d.name.value === name)) return node;
  return { ...node, directives: [...(node.directives ?? []), directive(name)] };
}

const isExternal = (field: FieldDefinitionNode) => (field.directives ?? []).some((d) => d.name.value === 'external' || d.name.value === 'federation__external');

/** Adds `@inaccessible` to `@link`'s imports when the subgraph does not import it yet. */
function importInaccessible(document: DocumentNode): DocumentNode {
  const { imported } = federationNames(document);
  if (imported.has('@inaccessible')) return document;
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.SCHEMA_EXTENSION && definition.kind !== Kind.SCHEMA_DEFINITION) return definition;
    const directives = (definition.directives ?? []).map((d) => {
      const url = d.arguments?.find((a) => a.name.value === 'url')?.value as StringValueNode | undefined;
      if (d.name.value !== 'link' || !url?.value.includes('/federation/')) return d;
      const list = d.arguments?.find((a) => a.name.value === 'import');
      const values = list?.value.kind === Kind.LIST ? list.value.values : [];
      const value: ListValueNode = { kind: Kind.LIST, values: [...values, { kind: Kind.STRING, value: '@inaccessible' }] } as ListValueNode;
      const importArg = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'import' }, value } as ArgumentNode;
      return { ...d, arguments: [...(d.arguments ?? []).filter((a) => a.name.value !== 'import'), importArg] } as ConstDirectiveNode;
    });
    return { ...definition, directives };
  });
  return { ...document, definitions } as DocumentNode;
}

/** The subgraph's SDL with everything that is not public marked `@inaccessible`. */
export function hideNonPublic(subgraph: ParsedSubgraph, visible: ReturnType<typeof publicElements>): string {
  const document = importInaccessible(subgraph.document);
  const { inaccessible } = federationNames(document);
  // A root type with no public field at all (usually Mutation) is left out: an all-inaccessible type is an error.
  const emptyRoot = (definition: DefinitionNode) =>
    kindOf(definition) === 'object' && ROOT_TYPES.has((definition as TypeDefinition).name.value) && !visible.fields.get((definition as TypeDefinition).name.value)?.size;
  const definitions = document.definitions.filter((definition) => !emptyRoot(definition)).map((definition) => {
    const kind = kindOf(definition);
    if (!kind) return definition;
    const typed = definition as TypeDefinition & { fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] };
    const name = typed.name.value;
    if (INTERNAL_NAME.test(name)) return definition;
    if (!ROOT_TYPES.has(name) && !visible.types.has(name)) {
      return BUILT_IN_SCALARS.has(name) ? definition : withDirective(typed, inaccessible);
    }
    const keep = visible.fields.get(name);
    if (!keep || !typed.fields) return definition;
    const fields = typed.fields.map((field) => {
      if (!keep.has(field.name.value)) return field.kind === Kind.FIELD_DEFINITION && isExternal(field) ? field : withDirective(field, inaccessible);
      if (field.kind !== Kind.FIELD_DEFINITION || !field.arguments?.length) return field;
      // Arguments follow their field, except those whose type the public cannot see.
      const args = field.arguments.map((arg) => (visible.types.has(namedType(arg.type)) ? arg : withDirective(arg, inaccessible)));
      return { ...field, arguments: args };
    });
    return { ...typed, fields } as DefinitionNode;
  });
  return print({ ...document, definitions } as DocumentNode);
}

export function parseSubgraph(name: string, url: string, sdl: string): ParsedSubgraph {
  return { name, url, document: parse(new Source(sdl, name)) };
}
