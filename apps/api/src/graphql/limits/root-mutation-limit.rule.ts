import { ASTVisitor, FragmentDefinitionNode, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { refuseQuery } from '../validation-rules';

/** Each root field of a mutation is a command: one request may send at most this many. */
export const MAX_ROOT_MUTATION_FIELDS = 10;

function rootFields(selectionSet: SelectionSetNode, fragment: (name: string) => FragmentDefinitionNode | undefined, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(selection.selectionSet, fragment, seen);
    else if (!seen.has(selection.name.value)) {
      const definition = fragment(selection.name.value);
      if (definition) count += rootFields(definition.selectionSet, fragment, new Set([...seen, selection.name.value]));
    }
  }
  return count;
}

/** Refuses a mutation with more than MAX_ROOT_MUTATION_FIELDS root fields, fragments expanded. */
export function rootMutationLimitRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const count = rootFields(operation.selectionSet, (name) => context.getFragment(name) ?? undefined, new Set());
      if (count > MAX_ROOT_MUTATION_FIELDS) {
        context.reportError(refuseQuery(`the mutation has ${count} commands, more than the limit of ${MAX_ROOT_MUTATION_FIELDS}`));
      }
    },
  };
}
