import {
  ASTVisitor,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { HubError } from '@hub/runtime';

export interface QueryLimits {
  /** Deepest field nesting (a root field is depth 1). */
  maxDepth: number;
  /** Aliased fields in one operation, counted through fragments: aliases are how one query multiplies work. */
  maxAliases: number;
  /** Field selections in one operation with fragments expanded: a plain size bound on the work asked for. */
  maxFields: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 50, maxFields: 2000 };

interface Cost {
  depth: number;
  aliases: number;
  fields: number;
}

const ZERO: Cost = { depth: 0, aliases: 0, fields: 0 };

/**
 * Rejects operations that are too deep (`QUERY_TOO_DEEP`) or too large (`QUERY_TOO_COMPLEX`) before any
 * subgraph is asked. Fragment costs are memoised, so a "fragment bomb" is measured in linear time, and a
 * fragment cycle (reported by graphql-js's own rule) counts as zero instead of looping.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const memo = new Map<string, Cost>();
    const visiting = new Set<string>();

    const fragmentCost = (name: string): Cost => {
      const known = memo.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) return ZERO;
      visiting.add(name);
      const cost = selectionCost(fragment.selectionSet);
      visiting.delete(name);
      memo.set(name, cost);
      return cost;
    };

    const selectionCost = (selectionSet: SelectionSetNode): Cost => {
      const total = { depth: 0, aliases: 0, fields: 0 };
      for (const selection of selectionSet.selections) {
        let cost: Cost;
        if (selection.kind === Kind.FIELD) {
          const inner = selection.selectionSet ? selectionCost(selection.selectionSet) : ZERO;
          cost = { depth: inner.depth + 1, aliases: inner.aliases + (selection.alias ? 1 : 0), fields: inner.fields + 1 };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          cost = selectionCost(selection.selectionSet);
        } else {
          cost = fragmentCost(selection.name.value);
        }
        total.depth = Math.max(total.depth, cost.depth);
        // Saturate: only "over the limit" matters, and sums over huge expansions must stay finite.
        total.aliases = Math.min(total.aliases + cost.aliases, Number.MAX_SAFE_INTEGER);
        total.fields = Math.min(total.fields + cost.fields, Number.MAX_SAFE_INTEGER);
      }
      return total;
    };

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const cost = selectionCost(operation.selectionSet);
        const name = operation.name ? `操作 ${operation.name.value} ` : '';
        if (cost.depth > limits.maxDepth) {
          context.reportError(
            new HubError('QUERY_TOO_DEEP', `${name}查询嵌套层级为 ${cost.depth}，超过上限 ${limits.maxDepth}`, undefined, {
              depth: cost.depth,
              maxDepth: limits.maxDepth,
            }),
          );
        }
        if (cost.aliases > limits.maxAliases) {
          context.reportError(
            new HubError('QUERY_TOO_COMPLEX', `${name}查询使用了 ${cost.aliases} 个别名，超过上限 ${limits.maxAliases}`, undefined, {
              aliases: cost.aliases,
              maxAliases: limits.maxAliases,
            }),
          );
        } else if (cost.fields > limits.maxFields) {
          context.reportError(
            new HubError('QUERY_TOO_COMPLEX', `${name}查询包含 ${cost.fields} 个字段，超过上限 ${limits.maxFields}`, undefined, {
              fields: cost.fields,
              maxFields: limits.maxFields,
            }),
          );
        }
        return false; // costs are computed above; no need to walk the operation again
      },
    };
  };
}
