import { Problems } from '@hub/runtime';

/** Sub-item codes name sub-items within one item version, so they must not repeat. */
export function checkSubItemRules(subItems: { subItemCode: string }[], problems: Problems): void {
  const seen = new Set<string>();
  subItems.forEach(({ subItemCode }, i) => {
    problems.check(!seen.has(subItemCode), 'DUPLICATE_SUB_ITEM_CODE', `subItems[${i}].subItemCode`, `子项编码 ${subItemCode} 重复`);
    seen.add(subItemCode);
  });
}
