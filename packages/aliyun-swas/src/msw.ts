export * from './generated/msw.gen.ts';
