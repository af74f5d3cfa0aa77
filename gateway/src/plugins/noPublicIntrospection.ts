import { ASTVisitor, FieldNode, ValidationContext, ValidationRule } from 'graphql';
import { HubError } from '@hub/runtime';

/**
 * Production: the public may not read the schema (`__schema`, `__type`); `__typename` stays, clients need it.
 * Signed-in users may introspect (their gateway instance does not carry this rule).
 */
export const noPublicIntrospection: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Field(node: FieldNode) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new HubError('INTROSPECTION_DISABLED', '生产环境不向匿名用户开放接口结构查询（内省），请登录后再试', undefined));
    }
  },
});
