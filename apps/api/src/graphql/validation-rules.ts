import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 10;
export const MAX_FIELDS = 1000;

/** A request past one of the bounds of DESIGN.md's input limits: BAD_USER_INPUT on field `query`. */
export class RequestRefusal extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  }
}

export function refuseQuery(message: string): GraphQLError {
  return new RequestRefusal(message);
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      deepest = Math.max(deepest, depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than MAX_QUERY_DEPTH fields. */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  const document = context.getDocument();
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > MAX_QUERY_DEPTH) context.reportError(refuseQuery(`query depth ${depth} exceeds the limit of ${MAX_QUERY_DEPTH}`));
    },
  };
}

/** Refuses documents with more than MAX_FIELDS fields in all. */
export function fieldCountRule(context: ValidationContext): ASTVisitor {
  let fields = 0;
  let reported = false;
  return {
    Field() {
      fields++;
      if (fields > MAX_FIELDS && !reported) {
        reported = true;
        context.reportError(refuseQuery(`the document has more than ${MAX_FIELDS} fields`));
      }
    },
  };
}
