import { FieldDefinitionNode, Kind, parse, TypeNode } from 'graphql';

const BUILT_IN_SCALARS = new Set(['ID', 'String', 'Int', 'Float', 'Boolean']);
/** BaseRecord bookkeeping: true of every record, so it shows nothing about the domain. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'version', 'sourceDept', 'dataStatus']);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const needsArguments = (field: FieldDefinitionNode) => (field.arguments ?? []).some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue);
const isHidden = (field: FieldDefinitionNode) => field.name.value.startsWith('_') || (field.directives ?? []).some((d) => d.name.value === 'inaccessible');

/** Graphs (join__Graph enum values) that resolve a field of an entity, read from `@join__field(graph: X)`. */
function graphsOf(field: FieldDefinitionNode): string[] {
  return (field.directives ?? [])
    .filter((d) => d.name.value === 'join__field')
    .flatMap((d) => (d.arguments ?? []).filter((a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM))
    .map((a) => (a.value as { value: string }).value);
}

/**
 * Anonymous callers see only the public contract; GraphiQL opens with how to sign in (the seeded demo
 * accounts are in the README).
 */
const LOGIN_EXAMPLE = [
  '# 未登录时只能查询公开数据（监管事项目录、法律法规、双公示等）。先运行 Login 取得 token，',
  '# 再在下方 Headers 面板填写 { "Authorization": "Bearer <token>" }，即可按角色查询其余数据。',
  'mutation Login {',
  '  login(username: "auditor", password: "<密码>") { token expiresAt user { username role deptName region } }',
  '}',
  '',
].join('\n');

/** 知识检索 with highlighted hits, runnable without signing in. */
const SEARCH_EXAMPLE = [
  '',
  '# 知识检索（公开）：中文分词全文检索法律法规、法条、案例，命中词以 <em> 标出；引号内为精确短语，',
  '# “食品安全法第一百二十四条”这样的引用直接定位该条',
  'query SearchKnowledge {',
  '  searchKnowledge(query: "食品经营许可证过期", first: 5) {',
  '    totalCount',
  '    hits { kind title snippets law { title status } article { numberText } }',
  '    facets { kinds { value count } levels { value count } }',
  '  }',
  '}',
  '',
].join('\n');

/**
 * The query GraphiQL opens with: a page of subjects with a few of their own fields and, where the
 * supergraph has them, fields that other subgraphs contribute to `Subject`, so the first click shows
 * federation at work, then a knowledge search with highlighted hits. Derived from the supergraph so it never
 * names a field that does not exist.
 */
export function exampleQuery(supergraphSdl: string): string {
  const objectFields = new Map<string, readonly FieldDefinitionNode[]>();
  const leafTypes = new Set(BUILT_IN_SCALARS);
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) objectFields.set(definition.name.value, definition.fields ?? []);
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) leafTypes.add(definition.name.value);
  }
  const isLeaf = (name: string) => leafTypes.has(name);
  const fieldsOf = (name: string) => (objectFields.get(name) ?? []).filter((f) => !isHidden(f) && !needsArguments(f));
  const leaves = (name: string, max: number) =>
    fieldsOf(name)
      .filter((f) => isLeaf(namedType(f.type)) && !BOOKKEEPING.has(f.name.value))
      .slice(0, max)
      .map((f) => f.name.value);

  const login = (objectFields.get('Mutation') ?? []).some((f) => f.name.value === 'login' && !isHidden(f));
  const search = (objectFields.get('Query') ?? []).some((f) => f.name.value === 'searchKnowledge' && !isHidden(f)) ? SEARCH_EXAMPLE : '';
  const subjects = fieldsOf('Query').find((f) => f.name.value === 'subjects');
  if (!subjects || !fieldsOf(namedType(subjects.type)).some((f) => f.name.value === 'nodes')) {
    return `${login ? LOGIN_EXAMPLE : ''}# 在此输入 GraphQL 查询，Ctrl+Enter 执行\n{\n  __typename\n}\n${search}`;
  }

  const own = ['id', 'name', 'certNo', 'adCode'].filter((n) => fieldsOf('Subject').some((f) => f.name.value === n));
  // One field from each of up to three other subgraphs.
  const byGraph = new Map<string, FieldDefinitionNode>();
  for (const field of fieldsOf('Subject')) {
    const graphs = graphsOf(field);
    if (graphs.length && !graphs.includes('SUBJECTS') && !byGraph.has(graphs[0])) byGraph.set(graphs[0], field);
  }
  const foreign = [...byGraph.values()]
    .slice(0, 3)
    .map((f) => {
      const type = namedType(f.type);
      if (isLeaf(type)) return f.name.value;
      const inner = [...leaves(type, 3)];
      const nodes = fieldsOf(type).find((n) => n.name.value === 'nodes');
      if (nodes) inner.push(`nodes { ${leaves(namedType(nodes.type), 3).join(' ') || '__typename'} }`);
      return `${f.name.value} { ${inner.join(' ') || '__typename'} }`;
    });
  const hasPage = (subjects.arguments ?? []).some((a) => a.name.value === 'page');
  const lines = [...own, ...foreign].map((f) => `      ${f}`).join('\n');
  return [
    ...(login ? [LOGIN_EXAMPLE] : []),
    '# 互联网+监管 数据中台：一个查询跨越多个子系统（监管对象来自 subjects，其余字段由各自子系统补充）',
    'query ExampleSubjects {',
    `  subjects${hasPage ? '(page: { first: 5 })' : ''} {`,
    ...(fieldsOf(namedType(subjects.type)).some((f) => f.name.value === 'totalCount') ? ['    totalCount'] : []),
    '    nodes {',
    lines,
    '    }',
    '  }',
    '}',
    search,
  ].join('\n');
}
