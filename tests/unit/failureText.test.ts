import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/lib/ui/failureText';

describe('failureText', () => {
  it("says what failed and the error's own words, ending in one full stop", () => {
    expect(failureText('The map could not be made into an SVG image', new TypeError('Failed to fetch'))).toBe(
      'The map could not be made into an SVG image: Failed to fetch.',
    );
    expect(failureText('The rows could not be downloaded', new Error('The canvas gave no PNG.'))).toBe(
      'The rows could not be downloaded: The canvas gave no PNG.',
    );
  });

  it('says "unknown error" for a thrown value that is not an Error, or one without words', () => {
    expect(failureText('The data package could not be downloaded', 'nope')).toBe(
      'The data package could not be downloaded: unknown error.',
    );
    expect(failureText('The data package could not be downloaded', new Error('  '))).toBe(
      'The data package could not be downloaded: unknown error.',
    );
  });
});
