// The small shape tree quicktype's inferred schema is reduced to (infer.ts) and compared with the spec (compare-shape.ts).

export type PrimitiveType = 'string' | 'integer' | 'number' | 'boolean' | 'null';

export type Shape =
  | { kind: 'any' }
  | { kind: 'primitive'; type: PrimitiveType }
  | { kind: 'object'; properties: Map<string, Shape>; values: Shape | undefined }
  | { kind: 'array'; items: Shape }
  | { kind: 'union'; members: Shape[] };
