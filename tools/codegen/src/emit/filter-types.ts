// Per-operation filter types: where the spec lists an operation's filter names, `Filters[].Name` is the union of
// those names (`'invocation-id' | 'command-id' | …`) instead of the shared structure's `string`. The shared
// structure (`Filter`) keeps its documented shape; each filtering request points at `<Action>Filter` instead.
import type { OperationModel } from '@cloudexec/runtime/model';
import ts from 'typescript';
import { CodegenError } from '../load/codegen-error.ts';
import { jsDoc, quote } from './helpers.ts';
import { printType, type SchemaType } from './openapi-adapter.ts';

/** The member of a filter object that carries its name (Tencent `Name`, the mock and validators read it too). */
const NAME_MEMBER = 'Name';

export interface FilterTypes {
  /** Schema types with each filtering request's list parameter pointing at its `<Action>Filter`. */
  schemas: SchemaType[];
  /** `<Action>FilterName` and `<Action>Filter` declarations, in operation order. */
  declarations: string[];
}

export function filterTypeNames(action: string): { name: string; filter: string } {
  return { name: `${action}FilterName`, filter: `${action}Filter` };
}

export function withFilterTypes(schemas: SchemaType[], operations: readonly OperationModel[], specFile: string): FilterTypes {
  const byName = new Map(schemas.map((schema) => [schema.name, schema]));
  const declarations: string[] = [];
  const replaced = new Map<string, SchemaType>();
  for (const op of operations) {
    const filters = documentedFilters(op);
    if (!filters) continue;
    const names = filterTypeNames(op.action);
    for (const taken of [names.name, names.filter]) {
      if (byName.has(taken)) throw new CodegenError(`${specFile}: schema ${taken} clashes with the filter type generated for ${op.action}`);
    }
    const requestName = `${op.action}Request`;
    const request = replaced.get(requestName) ?? byName.get(requestName);
    const fail = (why: string) => new CodegenError(`${specFile}: ${op.action} lists filter names but ${why}`);
    if (!request || !ts.isTypeLiteralNode(request.type)) throw fail(`schema ${requestName} is not an object`);
    const listMember = request.type.members.find((member) => propertyName(member) === filters.parameter);
    if (!listMember || !ts.isPropertySignature(listMember) || !listMember.type || !ts.isArrayTypeNode(listMember.type)) {
      throw fail(`${requestName}.${filters.parameter} is not a list`);
    }
    const item = objectLiteral(listMember.type.elementType, byName);
    if (!item?.members.some((member) => propertyName(member) === NAME_MEMBER)) {
      throw fail(`the items of ${requestName}.${filters.parameter} have no ${NAME_MEMBER}`);
    }
    declarations.push(
      '',
      jsDoc([
        `Filter names ${op.action} documents for \`${filters.parameter}[].${NAME_MEMBER}\`.`,
        ...filters.names.map((name) => nameNote(name, filters.values[name])),
      ]),
      `export type ${names.name} = ${filters.names.map(quote).join(' | ')};`,
      '',
      jsDoc([`One element of ${requestName}.${filters.parameter}: \`${NAME_MEMBER}\` is one of the documented ${names.name}s.`]),
      `export type ${names.filter} = ${printType(withNamedMember(item, names.name))};`,
    );
    const listType = ts.factory.createArrayTypeNode(ts.factory.createTypeReferenceNode(names.filter));
    const members = request.type.members.map((member) =>
      member === listMember
        ? ts.factory.updatePropertySignature(listMember, listMember.modifiers, listMember.name, listMember.questionToken, listType)
        : member,
    );
    replaced.set(requestName, { name: requestName, type: ts.factory.updateTypeLiteralNode(request.type, ts.factory.createNodeArray(members)) });
  }
  return { schemas: schemas.map((schema) => replaced.get(schema.name) ?? schema), declarations };
}

/**
 * The documented names of an operation's filter list. The `filterName` constraint holds the page's whole list;
 * the filter model leaves out names a mock cannot narrow on (no item field), which a caller may still send.
 */
export function documentedFilters(op: OperationModel): { parameter: string; names: string[]; values: Record<string, string[]> } | undefined {
  const constraint = op.constraints.find((c) => c.kind === 'filterName');
  const parameter = constraint?.path ?? op.filters?.parameter;
  if (parameter === undefined) return undefined;
  const names = [...new Set([...(constraint?.names ?? []), ...(op.filters?.parameter === parameter ? op.filters.names.map((entry) => entry.name) : [])])];
  if (names.length === 0) return undefined;
  const values: Record<string, string[]> = {};
  for (const c of op.constraints) if (c.kind === 'filterValue' && c.path === parameter) Object.assign(values, c.values);
  for (const entry of op.filters?.names ?? []) if (entry.values && !values[entry.name]) values[entry.name] = entry.values;
  return { parameter, names, values };
}

function nameNote(name: string, values: readonly string[] | undefined): string {
  return `- \`${name}\`${values && values.length > 0 ? `: one of ${values.join(', ')}` : ''}`;
}

function propertyName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** The object type of a list item: inline, or the schema it references. */
function objectLiteral(type: ts.TypeNode, byName: ReadonlyMap<string, SchemaType>): ts.TypeLiteralNode | undefined {
  if (ts.isTypeLiteralNode(type)) return type;
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const target = byName.get(type.typeName.text)?.type;
    return target && ts.isTypeLiteralNode(target) ? target : undefined;
  }
  return undefined;
}

function withNamedMember(item: ts.TypeLiteralNode, nameType: string): ts.TypeLiteralNode {
  const members = item.members.map((member) =>
    ts.isPropertySignature(member) && propertyName(member) === NAME_MEMBER ? namedMember(member, nameType) : member,
  );
  return ts.factory.updateTypeLiteralNode(item, ts.factory.createNodeArray(members));
}

/** A fresh member (the shared structure's comment speaks of every operation's names, this one of one list). */
function namedMember(member: ts.PropertySignature, nameType: string): ts.PropertySignature {
  const named = ts.factory.createPropertySignature(member.modifiers, NAME_MEMBER, member.questionToken, ts.factory.createTypeReferenceNode(nameType));
  return ts.addSyntheticLeadingComment(named, ts.SyntaxKind.MultiLineCommentTrivia, `* Filter name, one of {@link ${nameType}}. `, true);
}
