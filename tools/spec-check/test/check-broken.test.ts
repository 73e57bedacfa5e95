// One broken fixture per kind of failure; each must be reported with file:line:col, pointer and problem.
import { afterAll, describe, expect, it } from 'vitest';
import { checkFixtures, removeAssembled } from './helpers.ts';

afterAll(removeAssembled);

interface Case {
  fixture: string;
  /** The whole report (formatProblem lines, sorted by file, line, column). */
  want: string[];
}

const op = (path: string) => `/paths/~1${path}/post`;

const cases: Case[] = [
  {
    // not valid OpenAPI 3.1
    fixture: 'broken/tencent/invalid-openapi.yaml',
    want: [`specs/tencent/invalid-openapi.yaml:16:9 ${op('Ping')}/responses/200 [openapi] not valid OpenAPI 3.1: required property 'description' is missing`],
  },
  {
    // a $ref that does not resolve, a common file that does not exist
    fixture: 'broken/tencent/unresolved-ref.yaml',
    want: [
      `specs/tencent/unresolved-ref.yaml:6:103 /x-cloudexec-service/common [extension] common file './nope.yaml' was not found (looked relative to the spec and to the specs directory)`,
      `specs/tencent/unresolved-ref.yaml:14:22 ${op('Ping')}/requestBody/content/application~1json/schema/$ref [openapi] $ref '#/components/schemas/PingRequest' does not resolve`,
    ],
  },
  {
    // POST example vs schema: wrong type, undeclared request and response fields, unknown error code, wrong X-TC-Action
    fixture: 'broken/tencent/example-mismatch.yaml',
    want: [
      `specs/tencent/example-mismatch.yaml:29:15 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/request/headers [example] example 'wrong': X-TC-Action 'DescribeThing' is not the operationId 'DescribeThings'`,
      `specs/tencent/example-mismatch.yaml:30:22 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/request/body/Limit [example] example 'wrong' request does not match #/components/schemas/DescribeThingsRequest at '/Limit': must be integer`,
      `specs/tencent/example-mismatch.yaml:30:22 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/request/body/Limit [inference] example 'wrong' request vs #/components/schemas/DescribeThingsRequest: quicktype infers string at 'Limit', but the schema says integer`,
      `specs/tencent/example-mismatch.yaml:30:88 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/request/body/Filters/0/Op [example] example 'wrong' request does not match #/components/schemas/DescribeThingsRequest at '/Filters/0/Op': unknown property 'Op' (not declared in the schema)`,
      `specs/tencent/example-mismatch.yaml:30:88 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/request/body/Filters/0/Op [inference] example 'wrong' request vs #/components/schemas/DescribeThingsRequest: quicktype finds field 'Op' at 'Filters[].Op', which the schema does not declare`,
      `specs/tencent/example-mismatch.yaml:33:87 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/response/body/Response/ThingSet/0/Colour [example] example 'wrong' response does not match #/components/schemas/DescribeThingsResponse at '/ThingSet/0/Colour': unknown property 'Colour' (not declared in the schema)`,
      `specs/tencent/example-mismatch.yaml:33:87 ${op('DescribeThings')}/x-cloudexec-operation/examples/0/response/body/Response/ThingSet/0/Colour [inference] example 'wrong' response vs #/components/schemas/DescribeThingsResponse: quicktype finds field 'Colour' at 'ThingSet[].Colour', which the schema does not declare`,
      `specs/tencent/example-mismatch.yaml:37:45 ${op('DescribeThings')}/x-cloudexec-operation/examples/1/response/body/Response/Error/Code [example] example 'unknown-error': error code 'NoSuchThing' is not listed in the operation's errors or the provider's common errors`,
    ],
  },
  {
    // GET example: flattened query rebuilt 1-based, coerced, common params dropped
    fixture: 'broken/aliyun/query-mismatch.yaml',
    want: [
      `specs/aliyun/query-mismatch.yaml:32:17 ${op('ListItems')}/x-cloudexec-operation/examples/0/request/query/PageSize [example] example 'bad-query' request does not match #/components/schemas/ListItemsRequest at '/PageSize': must be integer`,
      `specs/aliyun/query-mismatch.yaml:32:17 ${op('ListItems')}/x-cloudexec-operation/examples/0/request/query/PageSize [inference] example 'bad-query' request vs #/components/schemas/ListItemsRequest: quicktype infers string at 'PageSize', but the schema says integer`,
      `specs/aliyun/query-mismatch.yaml:33:17 ${op('ListItems')}/x-cloudexec-operation/examples/0/request/query/Bogus [example] example 'bad-query' request does not match #/components/schemas/ListItemsRequest at '/Bogus': unknown property 'Bogus' (not declared in the schema)`,
      `specs/aliyun/query-mismatch.yaml:33:17 ${op('ListItems')}/x-cloudexec-operation/examples/0/request/query/Bogus [inference] example 'bad-query' request vs #/components/schemas/ListItemsRequest: quicktype finds field 'Bogus' at 'Bogus', which the schema does not declare`,
      `specs/aliyun/query-mismatch.yaml:34:17 ${op('ListItems')}/x-cloudexec-operation/examples/0/request/query/Tag.0.Key [example] example 'bad-query': list 'Tag' has indices 0; Alibaba lists are 1-based and must have no gaps`,
    ],
  },
  {
    // quicktype finds what the schema lacks (no type, no items) or contradicts
    fixture: 'broken/tencent/quicktype-contradiction.yaml',
    want: [
      `specs/tencent/quicktype-contradiction.yaml:31:53 ${op('GetThing')}/x-cloudexec-operation/examples/0/response/body/Response/Size [inference] example 'get' response vs #/components/schemas/GetThingResponse: quicktype infers integer at 'Size', but the schema declares no type there`,
      `specs/tencent/quicktype-contradiction.yaml:31:75 ${op('GetThing')}/x-cloudexec-operation/examples/0/response/body/Response/Labels/0 [inference] example 'get' response vs #/components/schemas/GetThingResponse: quicktype infers array items at 'Labels[]', but the schema declares no items`,
      `specs/tencent/quicktype-contradiction.yaml:31:90 ${op('GetThing')}/x-cloudexec-operation/examples/0/response/body/Response/Count [example] example 'get' response does not match #/components/schemas/GetThingResponse at '/Count': must be string`,
      `specs/tencent/quicktype-contradiction.yaml:31:90 ${op('GetThing')}/x-cloudexec-operation/examples/0/response/body/Response/Count [inference] example 'get' response vs #/components/schemas/GetThingResponse: quicktype infers integer at 'Count', but the schema says string`,
      `specs/tencent/quicktype-contradiction.yaml:31:102 ${op('GetThing')}/x-cloudexec-operation/examples/0/response/body/Response/Extra [example] example 'get' response does not match #/components/schemas/GetThingResponse at '/Extra': unknown property 'Extra' (not declared in the schema)`,
      `specs/tencent/quicktype-contradiction.yaml:31:102 ${op('GetThing')}/x-cloudexec-operation/examples/0/response/body/Response/Extra [inference] example 'get' response vs #/components/schemas/GetThingResponse: quicktype finds field 'Extra' at 'Extra', which the schema does not declare`,
    ],
  },
  {
    // x-cloudexec-* against the extension vocabulary
    fixture: 'broken/tencent/malformed-extension.yaml',
    want: [
      `specs/tencent/malformed-extension.yaml:7:23 /x-cloudexec-service/provider [extension] x-cloudexec-service is malformed: must be one of ["tencent","aliyun"], got "azure"`,
      `specs/tencent/malformed-extension.yaml:8:1 /x-cloudexec-colour [extension] unknown extension 'x-cloudexec-colour' (not defined in extensions.schema.json; expected one of x-cloudexec-service, x-cloudexec-common, x-cloudexec-operation, x-cloudexec-unit (inside a schema), x-cloudexec-content (inside a string schema), x-cloudexec-drift (on an operation or a schema property))`,
      `specs/tencent/malformed-extension.yaml:23:7 ${op('Ping')}/x-cloudexec-operation [completeness] Ping: operation has no rate limit (rateLimit.qps, or qps: null with a note that the page documents none)`,
      `specs/tencent/malformed-extension.yaml:24:21 ${op('Ping')}/x-cloudexec-operation/rateLimit/qps [extension] x-cloudexec-operation is malformed: must be number, got "twenty"`,
    ],
  },
  {
    // missing examples, error codes, rate limit, provenance
    fixture: 'broken/tencent/incomplete.yaml',
    want: [
      `specs/tencent/incomplete.yaml:13:7 ${op('NoExamples')}/x-cloudexec-operation [completeness] NoExamples: operation has no examples`,
      `specs/tencent/incomplete.yaml:23:7 ${op('NoErrors')}/x-cloudexec-operation [completeness] NoErrors: operation lists no error codes (errors or constraintErrors)`,
      `specs/tencent/incomplete.yaml:32:7 ${op('NoRateLimit')}/x-cloudexec-operation [completeness] NoRateLimit: operation has no rate limit (rateLimit.qps, or qps: null with a note that the page documents none)`,
      `specs/tencent/incomplete.yaml:41:7 ${op('NoProvenance')}/x-cloudexec-operation [completeness] NoProvenance: operation has no provenance`,
    ],
  },
  {
    // YAML syntax error
    fixture: 'broken/tencent/syntax-error.yaml',
    want: [
      `specs/tencent/syntax-error.yaml:12:9 ${op('Ping')}/x-cloudexec-operation/errors [yaml] YAML syntax error (bad indent): Flow map in block collection must be sufficiently indented and end with a }`,
    ],
  },
  {
    // duplicate key
    fixture: 'broken/tencent/duplicate-key.yaml',
    want: [`specs/tencent/duplicate-key.yaml:10:7 ${op('Ping')}/operationId [yaml] duplicate key: Map keys must be unique`],
  },
  {
    // values of the wrong type
    fixture: 'broken/tencent/wrong-type.yaml',
    want: [
      `specs/tencent/wrong-type.yaml:3:1 /openapi [openapi] not an OpenAPI document: 'openapi' must be a version string such as '3.1.0' (YAML read the unquoted 3.1 as a number; quote it)`,
      `specs/tencent/wrong-type.yaml:18:36 ${op('Ping')}/requestBody/content/application~1json/schema/properties/Ids/maxItems [schema] not a valid JSON Schema: must be integer`,
      `specs/tencent/wrong-type.yaml:25:7 ${op('Ping')}/x-cloudexec-operation [completeness] Ping: operation lists no error codes (errors or constraintErrors)`,
      `specs/tencent/wrong-type.yaml:27:9 ${op('Ping')}/x-cloudexec-operation/errors [extension] x-cloudexec-operation is malformed: must be array, got {"code":"InternalError","httpStatus":200}`,
    ],
  },
];

describe('broken fixtures', () => {
  it.each(cases)('$fixture', async ({ fixture, want }) => {
    const result = await checkFixtures([fixture]);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(want);
  });

  it('a spec that does not parse is reported once and left out of the loaded specs', async () => {
    const result = await checkFixtures(['broken/tencent/duplicate-key.yaml', 'valid/tencent/valid.yaml']);
    expect(result.specs.map((s) => s.file)).toEqual(['specs/tencent/valid.yaml']);
    expect(result.lines).toEqual([`specs/tencent/duplicate-key.yaml:10:7 ${op('Ping')}/operationId [yaml] duplicate key: Map keys must be unique`]);
  });
});
