import type { RuleDefinition } from '../../types';
import type { CompiledCheck } from '../types';
import { positiveIntParam } from '../params';
import { judgeEach } from '../values';

/** Length in characters (code points), as the national field list counts: 200 Chinese characters fit in ≤200. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one character (e.g. 𠮷 in a name).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** params `{ max }`; a list is judged item by item. */
export function compileMaxLength(rule: RuleDefinition): CompiledCheck {
  const max = positiveIntParam(rule, 'max');
  const { field } = rule;
  // UTF-16 length ≥ characters: the exact count is needed only for long values.
  const ok = (s: string) => s.length <= max || codePointLength(s) <= max;
  return {
    rule,
    run(values, out) {
      judgeEach(values[field], ok, rule, field, out);
    },
  };
}
