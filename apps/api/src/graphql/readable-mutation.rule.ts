import { Actor, hasAnyRole } from '@handoff/domain';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { FieldRoles } from '../auth/field-roles';

interface SelectedField {
  coordinates: string[];
  node: FieldNode;
}

/** The `Type.field` names a field stands for: on an interface, its implementations' fields too. */
function coordinatesOf(schema: GraphQLSchema, type: GraphQLNamedType, field: string): string[] {
  const implementations = isInterfaceType(type) ? schema.getPossibleTypes(type) : [];
  return [type, ...implementations].map((named) => `${named.name}.${field}`);
}

/** Every field a selection set asks for, fragments expanded, each with the type it is read on. */
function* selectedFields(
  schema: GraphQLSchema,
  type: GraphQLNamedType | undefined,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  expanded: ReadonlySet<string>,
): Generator<SelectedField> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!type || !definition) continue; // unknown fields and __typename: other rules' business
      yield { coordinates: coordinatesOf(schema, type, selection.name.value), node: selection };
      if (selection.selectionSet) yield* selectedFields(schema, getNamedType(definition.type), selection.selectionSet, fragments, expanded);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      yield* selectedFields(schema, condition, selection.selectionSet, fragments, expanded);
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || expanded.has(fragment.name.value)) continue;
      const condition = schema.getType(fragment.typeCondition.name.value);
      yield* selectedFields(schema, condition, fragment.selectionSet, fragments, new Set([...expanded, fragment.name.value]));
    }
  }
}

/**
 * Refuses a mutation whose selection asks for a field the caller's roles may not read (the @Allow of the field's
 * resolver), before anything runs: otherwise the command would be applied and its answer still read as refused,
 * and a client would retry it. Queries keep their per-field FORBIDDEN with partial data.
 */
export function readableMutationRule(fieldRoles: FieldRoles, actor: Actor): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        if (operation.operation !== 'mutation') return false;
        const refused = new Set<string>();
        for (const { coordinates, node } of selectedFields(schema, schema.getMutationType() ?? undefined, operation.selectionSet, fragments, new Set())) {
          for (const coordinate of coordinates) {
            const roles = fieldRoles.get(coordinate);
            if (!roles || hasAnyRole(actor, roles) || refused.has(coordinate)) continue;
            refused.add(coordinate);
            context.reportError(new GraphQLError(`${coordinate} needs one of ${roles.join(', ')}`, { nodes: [node], extensions: { code: 'FORBIDDEN' } }));
          }
        }
        return false;
      },
    };
  };
}
