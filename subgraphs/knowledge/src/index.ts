import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { ContingencyPlan } from './entities/ContingencyPlan';
import { InspectionRule } from './entities/InspectionRule';
import { Law } from './entities/Law';
import { LawArticle } from './entities/LawArticle';
import { LegalCase } from './entities/LegalCase';
import { RiskFeature } from './entities/RiskFeature';
import { SearchEntry, SearchTerm } from './entities/SearchEntry';
import { ContingencyPlanResolver } from './resolvers/ContingencyPlanResolver';
import { InspectionRuleResolver } from './resolvers/InspectionRuleResolver';
import { LawArticleResolver } from './resolvers/LawArticleResolver';
import { LawResolver } from './resolvers/LawResolver';
import { LegalCaseResolver } from './resolvers/LegalCaseResolver';
import { RiskFeatureResolver } from './resolvers/RiskFeatureResolver';
import { KnowledgeSearchResolver } from './resolvers/KnowledgeSearchResolver';
import { knowledgeReferenceResolvers } from './resolvers/knowledge.reference';
import { seedKnowledge } from './seed';

export { importLaws } from './import/importLaws';
export { importCases } from './import/importCases';
export { importCorpus } from './import/importCorpus';
export { generatePenaltyDecisions, loadPenaltyLaws } from './import/penaltyDecisions';
export { toChineseNumeral } from './citation/chineseNumerals';
export { normalizeArticleNumber } from './citation/citation';
export { rebuildSearchIndex, syncSearchIndex } from './search/syncSearchIndex';

/** 知识库: laws and their articles, cases, contingency plans, discretion rules, risk indicators. */
export const knowledgeSubgraph: SubgraphDefinition = {
  name: 'knowledge',
  entities: [BaseRecord, Law, LawArticle, LegalCase, ContingencyPlan, InspectionRule, RiskFeature, SearchEntry, SearchTerm],
  resolvers: [LawResolver, LawArticleResolver, LegalCaseResolver, ContingencyPlanResolver, InspectionRuleResolver, RiskFeatureResolver, KnowledgeSearchResolver],
  referenceResolvers: knowledgeReferenceResolvers,
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  seed: seedKnowledge,
};

export default knowledgeSubgraph;
