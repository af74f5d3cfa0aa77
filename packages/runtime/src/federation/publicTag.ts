/**
 * Marks a type, field, input or root field as part of the public contract (the service portal's schema):
 * `@Directive(PUBLIC_TAG)`. The gateway composes supergraph.public.graphql from tagged elements only, so
 * no personal field may ever carry it.
 */
export const PUBLIC_TAG = '@tag(name: "public")';
