import { convertToParamMap } from '@angular/router';
import { describe, expect, it } from 'vitest';

import {
  CATALOGUE_PAGE_SIZE,
  EMPTY_QUERY,
  paramsFromQuery,
  queryFromParams,
  searchFromQuery,
} from './catalogue-query';

describe('catalogue query', () => {
  it('reads every filter from the URL', () => {
    const query = queryFromParams(
      convertToParamMap({
        q: ' cap ban sao ',
        field: 'DiplomasCertificates',
        level: 'province',
        serviceLevel: '4',
        page: '3',
      }),
    );

    expect(query).toEqual({
      q: 'cap ban sao',
      field: 'DiplomasCertificates',
      level: 'province',
      serviceLevel: 4,
      page: 3,
    });
  });

  it('ignores values that are not valid instead of failing', () => {
    const query = queryFromParams(
      convertToParamMap({ field: 'Sports', level: '<script>', serviceLevel: '5', page: '-4' }),
    );

    expect(query).toEqual(EMPTY_QUERY);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const query = { ...EMPTY_QUERY, q: 'tuyển sinh', serviceLevel: 3 as const };

    const params = paramsFromQuery(query);

    expect(params).toEqual({ q: 'tuyển sinh', serviceLevel: 3 });
    expect(queryFromParams(convertToParamMap(params))).toEqual(query);
    expect(paramsFromQuery(EMPTY_QUERY)).toEqual({});
  });

  it('asks the API for one page of the chosen size, without empty filters', () => {
    expect(searchFromQuery({ ...EMPTY_QUERY, level: 'commune', page: 2 })).toEqual({
      q: undefined,
      field: undefined,
      level: 'commune',
      serviceLevel: undefined,
      page: 2,
      pageSize: CATALOGUE_PAGE_SIZE,
    });
  });
});
