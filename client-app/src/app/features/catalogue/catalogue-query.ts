import type { ParamMap, Params } from '@angular/router';

import {
  type CatalogueSearch,
  PROCEDURE_FIELDS,
  type ProcedureField,
} from '../../core/api/catalogue.api';

/** Procedures per page of the catalogue. */
export const CATALOGUE_PAGE_SIZE = 20;

/** The catalogue's state as it lives in the address bar, so that links, reloads and the back button keep it. */
export interface CatalogueQuery {
  readonly q: string;
  readonly field: ProcedureField | null;
  readonly level: string | null;
  readonly serviceLevel: 2 | 3 | 4 | null;
  readonly page: number;
}

export const EMPTY_QUERY: CatalogueQuery = {
  q: '',
  field: null,
  level: null,
  serviceLevel: null,
  page: 1,
};

const LEVEL_SHAPE = /^[a-z-]{1,30}$/;

/** Reads the query from the URL, ignoring values that are not valid rather than failing. */
export function queryFromParams(params: ParamMap): CatalogueQuery {
  const field = params.get('field');
  const level = params.get('level');
  const serviceLevel = Number(params.get('serviceLevel'));
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    field: PROCEDURE_FIELDS.includes(field as ProcedureField) ? (field as ProcedureField) : null,
    level: level !== null && LEVEL_SHAPE.test(level) ? level : null,
    serviceLevel: serviceLevel === 2 || serviceLevel === 3 || serviceLevel === 4 ? serviceLevel : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL query parameters of a query: only what differs from the defaults, so links stay short. */
export function paramsFromQuery(query: CatalogueQuery): Params {
  const params: Record<string, string | number> = {};
  if (query.q) params['q'] = query.q;
  if (query.field) params['field'] = query.field;
  if (query.level) params['level'] = query.level;
  if (query.serviceLevel) params['serviceLevel'] = query.serviceLevel;
  if (query.page > 1) params['page'] = query.page;
  return params;
}

/** What the API is asked for. */
export function searchFromQuery(query: CatalogueQuery): CatalogueSearch {
  return {
    q: query.q || undefined,
    field: query.field ?? undefined,
    level: query.level ?? undefined,
    serviceLevel: query.serviceLevel ?? undefined,
    page: query.page,
    pageSize: CATALOGUE_PAGE_SIZE,
  };
}
