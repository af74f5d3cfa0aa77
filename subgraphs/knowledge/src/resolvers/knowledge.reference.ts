import { SubgraphContext } from '@hub/runtime';
import { ContingencyPlan } from '../entities/ContingencyPlan';
import { InspectionRule } from '../entities/InspectionRule';
import { RiskFeature } from '../entities/RiskFeature';
import { articleById, internalById, lawById, legalCaseById } from './knowledgeLoaders';

type Ref = { id: string };

/**
 * Other libraries hold law and article ids (`lawId` / `lawArticleId` of @hub/city) and ask for the rest.
 * Every reference goes through a loader that applies policy.ts: the public gets null for internal records.
 */
export const knowledgeReferenceResolvers = {
  Law: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => lawById(ctx).load(ref.id) },
  LawArticle: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => articleById(ctx).load(ref.id) },
  LegalCase: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => legalCaseById(ctx).load(ref.id) },
  ContingencyPlan: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => internalById(ctx, ContingencyPlan).load(ref.id) },
  InspectionRule: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => internalById(ctx, InspectionRule).load(ref.id) },
  RiskFeature: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => internalById(ctx, RiskFeature).load(ref.id) },
};
