import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { HubError } from '@hub/runtime';

export interface ArmorLimits {
  /** Lexical tokens in one document (checked while parsing, so a huge document stops early). */
  maxTokens: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first`/`last` of list fields. */
  maxCost: number;
  /** Directives in one operation (directive bombs). */
  maxDirectives: number;
}

export const DEFAULT_ARMOR_LIMITS: ArmorLimits = { maxTokens: 5000, maxCost: 50_000, maxDirectives: 50 };

/** Reports armor's rejection under our code and in Chinese (armor's own message is English and says "Syntax Error"). */
const reportAs =
  (make: (error: GraphQLError) => HubError) =>
  (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(make(error));
  };

const found = (error: GraphQLError) => Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? NaN);

/** graphql-armor's cost and directive limits as validation rules, rejecting with `QUERY_TOO_COSTLY` / `TOO_MANY_DIRECTIVES`. */
export function armorRules(limits: ArmorLimits): ValidationRule[] {
  return [
    costLimitRule({
      maxCost: limits.maxCost,
      propagateOnRejection: false,
      onReject: [
        reportAs((error) => {
          const cost = Math.round(found(error));
          return new HubError('QUERY_TOO_COSTLY', `查询的估算代价为 ${cost}，超过上限 ${limits.maxCost}`, undefined, { cost, maxCost: limits.maxCost });
        }),
      ],
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        reportAs(() => new HubError('TOO_MANY_DIRECTIVES', `查询使用的指令超过上限 ${limits.maxDirectives}`, undefined, { maxDirectives: limits.maxDirectives })),
      ],
    }) as unknown as ValidationRule,
  ];
}

/**
 * Token limit: graphql-js's own parser option (what graphql-armor's max-tokens parser does). Armor's Apollo
 * plugin re-parses in `parsingDidStart`, where a rejection surfaces as an unexpected error, so the gateway
 * passes the limit to Apollo Server's single parse instead; `asQueryTooLarge` gives the error our code.
 */
export const parseOptionsFor = (limits: ArmorLimits) => ({ maxTokens: limits.maxTokens });

const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/** graphql-js's "too many tokens" parse error, as the client sees it. */
export function asQueryTooLarge(message: string): { message: string; extensions: Record<string, unknown> } | undefined {
  const match = TOO_MANY_TOKENS.exec(message);
  if (!match) return undefined;
  return { message: `查询语句过长，超过 ${match[1]} 个词法单元的上限`, extensions: { code: 'QUERY_TOO_LARGE', maxTokens: Number(match[1]) } };
}

/** In production, "Did you mean …?" is cut from validation errors: it would let anyone map hidden fields. */
export function blockFieldSuggestions(): ApolloServerPlugin[] {
  const disabled = { enabled: false };
  const { plugins } = new ApolloArmor({
    blockFieldSuggestion: { enabled: true, mask: '' },
    costLimit: disabled,
    maxAliases: disabled,
    maxDepth: disabled,
    maxDirectives: disabled,
    maxTokens: disabled,
  }).protect();
  return plugins as ApolloServerPlugin[];
}
