/**
 * rrule, loaded the same way under Node and in a bundle. rrule ships CommonJS for Node, whose ESM
 * loader puts the exports on `default`, and ESM for bundlers, which has named exports and no default.
 * The namespace is copied into a plain object before `default` is read: read on the namespace itself,
 * esbuild warns that the ESM build's default is always undefined (once per bundle).
 */
import * as rruleModule from 'rrule';

type Rrule = typeof rruleModule;

const loaded: Rrule & { default?: Rrule } = { ...rruleModule };

export const { RRule, datetime } = loaded.default ?? loaded;
