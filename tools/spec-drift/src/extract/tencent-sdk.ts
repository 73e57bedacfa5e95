// tencentcloud-sdk-nodejs's <product>_models.d.ts reduced to facts with the TypeScript compiler API:
// property names, types, and `?` (request side only: the SDK marks every response field optional,
// which says nothing about the service).
import ts from 'typescript';
import type { FieldFact, FieldMap } from '../facts.ts';

export interface ModelFile {
  interfaces: Map<string, ts.InterfaceDeclaration>;
}

export function parseModels(text: string, fileName = 'models.d.ts'): ModelFile {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
  }
  return { interfaces };
}

export function sdkFacts(models: ModelFile, action: string): { request: FieldMap; response: FieldMap } | undefined {
  if (!models.interfaces.has(`${action}Request`) || !models.interfaces.has(`${action}Response`)) return undefined;
  return { request: walk(models, `${action}Request`, 'request'), response: walk(models, `${action}Response`, 'response') };
}

interface TypeFact {
  type: string;
  /** The interface to descend into, for objects and lists of objects. */
  object?: string;
  nullable: boolean;
}

function typeOf(node: ts.TypeNode | undefined, models: ModelFile): TypeFact {
  if (node === undefined) return { type: 'object', nullable: false };
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
    const first = parts.length === 1 ? typeOf(parts[0], models) : { type: 'object', nullable: false };
    return { ...first, nullable: parts.length !== node.types.length };
  }
  if (ts.isArrayTypeNode(node)) return list(typeOf(node.elementType, models));
  if (ts.isParenthesizedTypeNode(node)) return typeOf(node.type, models);
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string', nullable: false };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number', nullable: false };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean', nullable: false };
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : '';
    if (name === 'Array' && node.typeArguments?.[0] !== undefined) return list(typeOf(node.typeArguments[0], models));
    if (name === 'Record') return { type: 'map', nullable: false };
    if (models.interfaces.has(name)) return { type: 'object', object: name, nullable: false };
  }
  if (ts.isTypeLiteralNode(node)) return { type: 'map', nullable: false };
  return { type: 'object', nullable: false };
}

function list(inner: TypeFact): TypeFact {
  return { ...inner, type: `${inner.type}[]` };
}

function walk(models: ModelFile, root: string, side: 'request' | 'response'): FieldMap {
  const out: FieldMap = {};
  const visit = (name: string, prefix: string, stack: string[]) => {
    for (const member of models.interfaces.get(name)?.members ?? []) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      const path = prefix === '' ? member.name.text : `${prefix}.${member.name.text}`;
      const t = typeOf(member.type, models);
      const fact: FieldFact = { type: t.type };
      if (side === 'request') fact.required = member.questionToken === undefined;
      if (t.nullable) fact.nullable = true;
      out[path] = fact;
      if (t.object !== undefined && !stack.includes(t.object)) visit(t.object, t.type.endsWith('[]') ? `${path}[]` : path, [...stack, t.object]);
    }
  };
  visit(root, '', [root]);
  return out;
}
