import { NoSchemaIntrospectionCustomRule, ValidationRule } from 'graphql';
import { depthLimitRule, fieldCountRule } from '../validation-rules';
import { rootMutationLimitRule } from './root-mutation-limit.rule';

/** The bounds every document meets before it runs, over HTTP (Apollo) and graphql-ws alike. */
export const REQUEST_RULES: readonly ValidationRule[] = [depthLimitRule, fieldCountRule, rootMutationLimitRule];

/** REQUEST_RULES, plus the refusal of introspection when it is off (graphql-ws; Apollo adds its own). */
export function webSocketRules(introspection: boolean): ValidationRule[] {
  return introspection ? [...REQUEST_RULES] : [...REQUEST_RULES, NoSchemaIntrospectionCustomRule];
}
