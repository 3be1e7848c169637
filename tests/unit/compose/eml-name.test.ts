import { describe, expect, it } from 'vitest';
import { emlName } from '@/lib/compose/eml-name';

describe('emlName', () => {
  it('names the file after the subject, path separators and reserved characters made spaces', () => {
    expect(emlName('Plans / Q1: "final"')).toBe('Plans Q1 final.eml');
    expect(emlName('a\\b*c?d<e>f|g')).toBe('a b c d e f g.eml');
  });

  it('drops control and format characters (a bidi override cannot disguise the extension)', () => {
    expect(emlName('invoice\u202Egpj.exe')).toBe('invoice gpj.exe.eml');
    expect(emlName('line\r\nbreak\ttab')).toBe('line break tab.eml');
  });

  it('falls back to a name for an empty subject, and bounds a long one', () => {
    expect(emlName('  ')).toBe('Forwarded message.eml');
    expect(emlName('x'.repeat(500))).toBe(`${'x'.repeat(100)}.eml`);
  });
});
