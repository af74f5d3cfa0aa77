import { SubgraphContext, recordById } from '@hub/runtime';
import { ContingencyPlan } from '../entities/ContingencyPlan';
import { InspectionRule } from '../entities/InspectionRule';
import { LegalCase } from '../entities/LegalCase';
import { RiskFeature } from '../entities/RiskFeature';
import { articleById, lawById } from './knowledgeLoaders';

type Ref = { id: string };

/** Other libraries hold law and article ids (`lawId` / `lawArticleId` of @hub/city) and ask for the rest. */
export const knowledgeReferenceResolvers = {
  Law: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => lawById(ctx).load(ref.id) },
  LawArticle: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => articleById(ctx).load(ref.id) },
  LegalCase: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => recordById(ctx, LegalCase).load(ref.id) },
  ContingencyPlan: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => recordById(ctx, ContingencyPlan).load(ref.id) },
  InspectionRule: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => recordById(ctx, InspectionRule).load(ref.id) },
  RiskFeature: { __resolveReference: (ref: Ref, ctx: SubgraphContext) => recordById(ctx, RiskFeature).load(ref.id) },
};
