import { newOfficialProblems } from './new-official';

const valid = {
  fullName: 'Nguyễn Văn An',
  email: 'an@hanoi.gov.vn',
  userName: 'an.nguyen',
  agencyId: 'agency-1',
  roles: ['Receptionist'],
};

describe('newOfficialProblems', () => {
  it('accepts a complete account', () => {
    expect(newOfficialProblems(valid)).toEqual({});
  });

  it('names every field that is missing or malformed', () => {
    expect(
      newOfficialProblems({
        fullName: '',
        email: 'an',
        userName: 'an nguyen',
        agencyId: '',
        roles: [],
      }),
    ).toEqual({
      fullName: 'officials.error.fullName',
      email: 'officials.error.email',
      userName: 'officials.error.userName',
      agencyId: 'officials.error.agency',
      roles: 'officials.error.roles',
    });
  });
});
