import type { components, operations } from './generated/hanoidvc-v1';

/**
 * A schema of the API, as generated from the OpenAPI document (`npm run api:types`, see generated/hanoidvc-v1.ts).
 * The document decides every field, its nullability and its values; the `*.api.ts` modules only give them short names.
 */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];

/** The query parameters of an operation (by its operationId), as the document describes them. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** A page of a list: its items and where it is in the whole (every `*PagedList` schema has this shape). */
export type PagedList<T> = Omit<Schema<'DossierSummaryDtoPagedList'>, 'items'> & {
  readonly items: readonly T[];
};
