// Strict example validators, compiled once per component. Inlining every $ref (refs.ts, then
// strict-schema.ts) costs one large ajv compile per operation; here each referenced component is added to
// ajv under an id of its own, closed or open as its position requires, so a component shared by many
// operations is compiled once. Whatever this path cannot compile goes through the inlined schema instead,
// which stays the reference for both results and messages.
import type { ValidateFunction } from 'ajv';
import type { Ajv } from './ajv.ts';
import { isRecord } from './pointer.ts';
import { ANNOTATIONS, dereference, resolveRef, type DocIndex, type Location, type ResolvedRef } from './refs.ts';
import { closeObject, closeSchema } from './strict-schema.ts';

/** A schema as the spec writes it, where it is written, and the same schema dereferenced. */
export interface SchemaSource {
  raw: unknown;
  at: Location;
  schema: unknown;
}

export interface StrictValidators {
  /** The closed validator for a schema; throws what ajv throws for the inlined schema when that fails too. */
  compile(source: SchemaSource): ValidateFunction;
}

const ID_BASE = 'https://cloudexec.invalid/strict/';

export function createStrictValidators(ajv: Ajv, index: DocIndex): StrictValidators {
  /** `open|closed path#pointer` → ajv id. */
  const ids = new Map<string, string>();
  const pending: Array<{ id: string; target: ResolvedRef; member: boolean }> = [];
  /** Component content (annotations dropped) → the id it was first added under; look-alike components share it. */
  const byContent = new Map<string, string>();
  /** id → the id of the identical component already added. */
  const aliases = new Map<string, string>();

  const componentRef = (target: ResolvedRef, member: boolean): Record<string, unknown> => {
    const key = `${member ? 'open' : 'closed'} ${target.at.path}#${target.at.pointer}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = `${ID_BASE}${ids.size}`;
      ids.set(key, id);
      pending.push({ id, target, member });
    }
    return { $ref: id };
  };

  // Mirrors dereference() followed by closeSchema(), except that a resolvable $ref becomes a reference to
  // the component's variant (cycles included, so recursive schemas are checked at every depth).
  const convert = (schema: unknown, at: Location, member: boolean): unknown => {
    if (!isRecord(schema)) return dereference(schema, at, index);
    if (typeof schema.$ref !== 'string')
      return withoutAnnotations(
        closeObject(
          schema,
          member,
          (child, m) => convert(child, at, m),
          (value) => dereference(value, at, index),
        ),
      );
    const target = resolveRef(schema.$ref, at, index);
    if (!target) return closeSchema({ ...schema }, member);
    const { $ref: _ref, ...siblings } = schema;
    const keys = Object.keys(siblings);
    if (keys.length === 0 || (isRecord(target.value) && keys.every((k) => ANNOTATIONS.has(k)))) return componentRef(target, member);
    const allOf = [{ $ref: schema.$ref }, ...(Array.isArray(siblings.allOf) ? siblings.allOf : [])];
    return convert({ ...siblings, allOf }, at, member);
  };

  /** Adds the components referenced so far; one that is not a valid schema is left out, so its callers fall back. */
  const addPending = () => {
    for (let next = pending.pop(); next; next = pending.pop()) {
      const content = convert(next.target.value, next.target.at, next.member);
      const text = JSON.stringify(content);
      const same = byContent.get(text);
      // Validation does not depend on the id, so a look-alike (a cloned request shape) reuses the first one.
      const schema = same ? { $id: next.id, $ref: same } : isRecord(content) ? { ...content, $id: next.id } : { $id: next.id, allOf: [content] };
      if (same) aliases.set(next.id, same);
      else byContent.set(text, next.id);
      try {
        if (ajv.validateSchema(schema)) ajv.addSchema(schema, undefined, undefined, false);
      } catch {
        // left out: compiling a caller then fails and goes through the inlined schema
      }
    }
  };

  const compileComponents = (source: SchemaSource): ValidateFunction => {
    const converted = convert(source.raw, source.at, false);
    addPending();
    if (isRecord(converted) && Object.keys(converted).length === 1 && typeof converted.$ref === 'string') {
      const validate = ajv.getSchema(aliases.get(converted.$ref) ?? converted.$ref);
      if (!validate) throw new Error(`${converted.$ref} was not added`);
      return validate;
    }
    return ajv.compile(converted as object);
  };

  return {
    compile(source) {
      try {
        return compileComponents(source);
      } catch {
        return ajv.compile(closeSchema(source.schema) as object);
      }
    },
  };
}

/** Annotations do not change what validates; dropping them lets look-alike components share one validator. */
function withoutAnnotations(schema: Record<string, unknown>): Record<string, unknown> {
  for (const key of ANNOTATIONS) delete schema[key];
  return schema;
}
