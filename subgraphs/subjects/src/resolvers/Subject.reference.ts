import { SubgraphContext } from '@hub/runtime';
import { subjectById, subjectByCertNo } from './subjectLoaders';

/**
 * The gateway asks for subjects by either key; both loaders apply the read policy, so an `_entities` call
 * for a subject outside the caller's region answers null.
 *
 * `certNo` is served masked for natural persons (see SubjectPrivacyResolver), and a key field cannot take
 * arguments, so the gateway forwards the masked value when another library (credit) joins a natural person
 * by certNo: that join then finds nothing, which is the intended consequence (no citizen ID crosses the
 * graph without a reason). Representations that carry a real certificate number (sent by the libraries that
 * own it) resolve normally; the lookup is by the stored, upper-case value.
 */
export const resolveSubjectReference = (ref: { id?: string; certNo?: string }, ctx: SubgraphContext) =>
  ref.id ? subjectById(ctx).load(ref.id) : subjectByCertNo(ctx).load(String(ref.certNo ?? '').trim().toUpperCase());
