// Per-operation filter types: a filtering request's list points at `<Action>Filter`, whose Name is the union of the
// documented names; a spec whose shapes do not fit is refused with the reason instead of emitting wrong types.
import type { OperationModel } from '@cloudexec/runtime/model';
import { describe, expect, it } from 'vitest';
import { withFilterTypes } from '../src/emit/filter-types.ts';
import { printType, schemaTypes } from '../src/emit/openapi-adapter.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const filter = { type: 'object', required: ['Name', 'Values'], properties: { Name: { type: 'string' }, Values: { type: 'array', items: { type: 'string' } } } };

function documentOf(schemas: Record<string, unknown>): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
}

function operation(action: string, names: string[], constraints: OperationModel['constraints'] = []): OperationModel {
  return { action, constraints, filters: { parameter: 'Filters', names: names.map((name) => ({ name, field: 'X' })) } } as OperationModel;
}

const inferred = { code: 'InvalidFilter', httpStatus: 200, basis: 'inferred' } as const;

async function emit(schemas: Record<string, unknown>, operations: OperationModel[]) {
  const result = withFilterTypes(await schemaTypes(documentOf(schemas), 'specs/t.yaml'), operations, 'specs/t.yaml');
  return { ...result, printed: Object.fromEntries(result.schemas.map((schema) => [schema.name, printType(schema.type)])) };
}

describe('withFilterTypes', () => {
  it('narrows Name per operation and leaves the shared structure as documented', async () => {
    const { printed, declarations } = await emit(
      { ListARequest: { type: 'object', properties: { Filters: { type: 'array', items: ref('Filter') } } }, Filter: filter },
      [operation('ListA', ['a-id', 'a-name'])],
    );
    expect(printed['ListARequest']).toContain('Filters?: ListAFilter[];');
    expect(printed['Filter']).toContain('Name: string;');
    expect(declarations.join('\n')).toContain("export type ListAFilterName = 'a-id' | 'a-name';");
    expect(declarations.join('\n')).toMatch(
      /export type ListAFilter = \{\n\s+\/\*\* Filter name, one of \{@link ListAFilterName\}\. \*\/\n\s+Name: ListAFilterName;\n\s+Values: string\[\];\n\};/,
    );
  });

  it('narrows an inline filter item too, and lists a repeated name once', async () => {
    const { printed, declarations } = await emit({ ListBRequest: { type: 'object', properties: { Filters: { type: 'array', items: filter } } } }, [
      operation('ListB', ['b', 'b']),
    ]);
    expect(printed['ListBRequest']).toContain('Filters?: ListBFilter[];');
    expect(declarations.join('\n')).toContain("export type ListBFilterName = 'b';");
  });

  it('takes the whole documented list from the filterName constraint, names a mock cannot narrow on included', async () => {
    const constraints: OperationModel['constraints'] = [
      { kind: 'filterName', path: 'Filters', names: ['a-id', 'created-by'], ...inferred },
      { kind: 'filterValue', path: 'Filters', values: { 'created-by': ['TAT', 'USER'] }, ...inferred },
    ];
    const { declarations } = await emit(
      { ListARequest: { type: 'object', properties: { Filters: { type: 'array', items: ref('Filter') } } }, Filter: filter },
      [operation('ListA', ['a-id'], constraints)],
    );
    expect(declarations.join('\n')).toContain("export type ListAFilterName = 'a-id' | 'created-by';");
    expect(declarations.join('\n')).toContain(' * - `created-by`: one of TAT, USER');
  });

  it('changes nothing for operations without documented names', async () => {
    const { printed, declarations } = await emit(
      { ListCRequest: { type: 'object', properties: { Filters: { type: 'array', items: ref('Filter') } } }, Filter: filter },
      [{ action: 'ListC', constraints: [] as OperationModel['constraints'] } as OperationModel],
    );
    expect(printed['ListCRequest']).toContain('Filters?: Filter[];');
    expect(declarations).toEqual([]);
  });

  it.each([
    {
      name: 'the list parameter is not a list',
      schemas: { ListDRequest: { type: 'object', properties: { Filters: { type: 'string' } } } },
      want: /ListDRequest\.Filters is not a list/,
    },
    {
      name: 'the items have no Name',
      schemas: {
        ListDRequest: { type: 'object', properties: { Filters: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' } } } } } },
      },
      want: /have no Name/,
    },
    { name: 'the request schema is missing', schemas: {}, want: /schema ListDRequest is not an object/ },
    { name: 'a schema already has the generated name', schemas: { ListDFilter: filter }, want: /ListDFilter clashes/ },
  ])('refuses a spec where $name', async ({ schemas, want }) => {
    await expect(emit(schemas, [operation('ListD', ['d'])])).rejects.toThrow(want);
  });
});

describe('schemaTypes', () => {
  it('names referenced schemas directly', async () => {
    const [list] = await schemaTypes(documentOf({ List: { type: 'array', items: ref('Item') }, Item: { type: 'string' } }), 'specs/t.yaml');
    expect(list && printType(list.type)).toBe('Item[]');
  });

  it('refuses a schema name that is not an identifier', async () => {
    await expect(schemaTypes(documentOf({ 'Bad-Name': { type: 'string' } }), 'specs/t.yaml')).rejects.toThrow(/Bad-Name is not a TypeScript identifier/);
  });
});
