// fast-check generators shared by the differential tests: parameter trees with unicode and reserved
// characters, nested objects and arrays, optional tokens, dates across decades.
import fc from 'fast-check';

const RESERVED = [' ', '!', '"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']', '~', '\\', '\n'];

/** Strings mixing reserved ASCII, CJK, emoji and ordinary letters. */
export const wireString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...RESERVED, 'a', 'Z', '0', '未命名', '😀', 'é'), maxLength: 20 }),
);

/** Parameter names as the APIs spell them (no dots: a dot is the flattening separator). */
export const paramName = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,11}$/);

const scalar = fc.oneof(wireString, fc.integer(), fc.boolean(), fc.constant(null));

export const paramValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.array(fc.dictionary(paramName, scalar, { maxKeys: 3, noNullPrototype: true }), { maxLength: 3 }),
  fc.dictionary(paramName, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 3, noNullPrototype: true }),
);

export const params = fc.dictionary(paramName, paramValue, { maxKeys: 6, noNullPrototype: true });

export const signingDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });

export const secret = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 70 });

export const accessKeyId = fc.stringMatching(/^[A-Za-z0-9]{8,40}$/);

export const securityToken = fc.option(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 80 }), { nil: undefined });
