import { describe, expect, it } from 'vitest';

import type { AgencyDto } from '../../core/api/dossiers.api';
import { filterWards, fold, suggestWard, wardOptions } from './wards';

function agency(name: string, nameEn: string): AgencyDto {
  return {
    id: name,
    code: name,
    codeVerified: false,
    codeSource: null,
    name,
    nameEn,
    kind: 'CommuneCommittee',
    levelCode: 'commune',
    parentId: null,
    decides: true,
    receives: false,
    address: null,
    phone: null,
    email: null,
    receptionHours: null,
  };
}

const AGENCIES = [
  agency('Ủy ban nhân dân xã Đoài Phương', "Doai Phuong Commune People's Committee"),
  agency('Ủy ban nhân dân phường Hoàn Kiếm', "Hoan Kiem Ward People's Committee"),
  agency('Ủy ban nhân dân phường Ba Đình', "Ba Dinh Ward People's Committee"),
  agency('Ủy ban nhân dân xã Ứng Hòa', "Ung Hoa Commune People's Committee"),
  agency('Ủy ban nhân dân phường Bạch Mai', "Bach Mai Ward People's Committee"),
  agency('Ủy ban nhân dân phường Cửa Nam', "Cua Nam Ward People's Committee"),
];

describe('the ward list when applying', () => {
  it('sorts by the ward’s own name in Vietnamese order, ignoring "Ủy ban nhân dân phường/xã"', () => {
    expect(wardOptions(AGENCIES).map((o) => o.own)).toEqual([
      'Ba Đình',
      'Bạch Mai',
      'Cửa Nam',
      'Đoài Phương',
      'Hoàn Kiếm',
      'Ứng Hòa',
    ]);
  });

  it('finds a ward without accents or case: "hoan kiem" finds Hoàn Kiếm, "đoài" and "doai" find Đoài Phương', () => {
    const options = wardOptions(AGENCIES);
    expect(filterWards(options, 'hoan kiem').map((o) => o.own)).toEqual(['Hoàn Kiếm']);
    expect(filterWards(options, 'ĐOÀI').map((o) => o.own)).toEqual(['Đoài Phương']);
    expect(filterWards(options, 'doai').map((o) => o.own)).toEqual(['Đoài Phương']);
    expect(filterWards(options, 'ba').map((o) => o.own)).toEqual(['Ba Đình', 'Bạch Mai']);
    expect(filterWards(options, '').length).toBe(AGENCIES.length);
    expect(fold('  Hoàn   Kiếm ')).toBe('hoan kiem');
  });

  it('suggests the ward an address names with its kind, and nothing when it names none', () => {
    const options = wardOptions(AGENCIES);
    expect(suggestWard(options, 'Số 1 Tràng Tiền, phường Hoàn Kiếm, Hà Nội')?.own).toBe(
      'Hoàn Kiếm',
    );
    expect(suggestWard(options, '12 Kim Mã, P. Ba Đình, Hà Nội')?.own).toBe('Ba Đình');
    expect(suggestWard(options, 'thôn 3, xa Ung Hoa')?.own).toBe('Ứng Hòa');
    expect(suggestWard(options, 'Hoàn Kiếm, Hà Nội')).toBeNull();
    expect(suggestWard(options, 'phường Hoàng Mai')).toBeNull();
    expect(suggestWard(options, null)).toBeNull();
  });
});
