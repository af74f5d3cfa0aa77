import { validate, ValidationError } from 'class-validator';
import { HubValidationError, Problem, Problems } from '../errors';

/** An input whose fields depend on each other implements this; its findings join the field checks. */
export interface CrossFieldRules {
  checkRules(problems: Problems): void;
}

/**
 * type-graphql `validateFn`: runs class-validator on every input object and turns its findings into
 * problems with the code each decorator declares in `context.code` (default `INVALID_INPUT`).
 */
export async function validateInput(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const problems: Problem[] = [];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== 'object' || value.constructor === Object) continue;
    const errors = await validate(value, { forbidUnknownValues: false, skipMissingProperties: false });
    const prefix = Array.isArray(argValue) ? `[${index}]` : '';
    collect(errors, prefix, problems);
    if (typeof (value as Partial<CrossFieldRules>).checkRules === 'function') {
      const found = new Problems();
      (value as CrossFieldRules).checkRules(found);
      problems.push(...found.list.map((p) => ({ ...p, field: prefix ? `${prefix}.${p.field}` : p.field })));
    }
  }
  if (problems.length) throw new HubValidationError(problems);
}

function collect(errors: ValidationError[], prefix: string, out: Problem[]): void {
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const code = (error.contexts?.[constraint]?.code as string | undefined) ?? 'INVALID_INPUT';
      out.push({ code, field, message });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
}
