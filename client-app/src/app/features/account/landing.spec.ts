import { landingAfterSignIn } from './landing';

describe('landingAfterSignIn', () => {
  it('sends officials to their work queue, administrators to administration, applicants to their dossiers', () => {
    expect(landingAfterSignIn(['Receptionist'], null)).toBe('/can-bo');
    expect(landingAfterSignIn(['Leader', 'AgencyAdmin'], null)).toBe('/can-bo');
    expect(landingAfterSignIn(['SystemAdmin'], null)).toBe('/quan-tri');
    expect(landingAfterSignIn(['Citizen'], null)).toBe('/ho-so');
    expect(landingAfterSignIn([], null)).toBe('/ho-so');
  });

  it('goes where the person was going when the address is of this site, for everyone', () => {
    expect(landingAfterSignIn(['Citizen'], '/nop-ho-so/abc')).toBe('/nop-ho-so/abc');
    expect(landingAfterSignIn(['Specialist'], '/can-bo/ho-so/1')).toBe('/can-bo/ho-so/1');
    expect(landingAfterSignIn(['Specialist'], '//evil.example')).toBe('/can-bo');
    expect(landingAfterSignIn(['Citizen'], 'https://evil.example')).toBe('/ho-so');
  });
});
