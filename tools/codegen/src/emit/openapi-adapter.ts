// The one adapter around openapi-typescript. It turns the spec's component schemas into TypeScript type nodes
// and hands them back one per schema, with every `components["schemas"]["X"]` reference rewritten to the plain
// name `X`. openapi-typescript's own containers (`paths`, `components`, `operations`, `webhooks`, `$defs`) never
// reach the output: the public API is the schema names (what the vendor docs call the structures).
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { CodegenError } from '../load/codegen-error.ts';
import { isIdentifier } from './helpers.ts';

/** One component schema as a type node whose references name other schemas directly. */
export interface SchemaType {
  name: string;
  type: ts.TypeNode;
}

/** Runs openapi-typescript over `document` and returns its component schemas in spec order. */
export async function schemaTypes(document: Record<string, unknown>, specFile: string): Promise<SchemaType[]> {
  const nodes = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    defaultNonNullable: false,
    silent: true,
  });
  const components = nodes.find((node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'components');
  const schemas = components?.members.find((member) => memberName(member) === 'schemas');
  if (!schemas || !ts.isPropertySignature(schemas) || !schemas.type || !ts.isTypeLiteralNode(schemas.type)) return [];
  return schemas.type.members.map((member) => {
    const name = memberName(member);
    if (!name || !isIdentifier(name) || !ts.isPropertySignature(member) || !member.type) {
      throw new CodegenError(`${specFile}: component schema ${String(name)} is not a TypeScript identifier; public type names are the schema names`);
    }
    return { name, type: withPlainReferences(member.type, specFile) };
  });
}

/** Prints a type node the way openapi-typescript prints its file (4-space indent, JSDoc kept). */
export function printType(type: ts.TypeNode): string {
  const alias = ts.factory.createTypeAliasDeclaration(undefined, '__T', undefined, type);
  return astToString(alias)
    .trim()
    .replace(/^type __T = /, '')
    .replace(/;$/, '');
}

function memberName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

/** `components["schemas"]["Filter"]` → `Filter`; any other reference into openapi-typescript's containers is an error. */
function withPlainReferences(type: ts.TypeNode, specFile: string): ts.TypeNode {
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isIndexedAccessTypeNode(node)) {
      const schema = schemaReference(node);
      if (schema) return ts.factory.createTypeReferenceNode(schema);
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === 'components') {
      throw new CodegenError(`${specFile}: a $ref points outside #/components/schemas; only schema references become public types`);
    }
    return ts.visitEachChild(node, visit, undefined);
  };
  return visit(type) as ts.TypeNode;
}

function schemaReference(node: ts.IndexedAccessTypeNode): string | undefined {
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner)) return undefined;
  const root = inner.objectType;
  if (!ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName) || root.typeName.text !== 'components') return undefined;
  if (literalText(inner.indexType) !== 'schemas') return undefined;
  return literalText(node.indexType);
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}
