import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeRedirect('/services/42')).toBe('/services/42');
    expect(safeRedirect('/services?stage=growth&page=2')).toBe(
      '/services?stage=growth&page=2',
    );
    expect(safeRedirect('/')).toBe('/');
  });

  it('refuses other hosts and schemes', () => {
    expect(safeRedirect('//evil.example/x')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect('https://evil.example')).toBeNull();
    // eslint-disable-next-line no-script-url -- proving such a link is refused
    expect(safeRedirect('javascript:alert(1)')).toBeNull();
    expect(safeRedirect('services')).toBeNull();
    expect(safeRedirect('/\t/evil.example')).toBeNull();
  });

  it('refuses nothing at all', () => {
    expect(safeRedirect(null)).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
    expect(safeRedirect('')).toBeNull();
  });
});
