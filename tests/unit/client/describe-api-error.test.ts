import { describe, expect, it } from 'vitest';
import { ApiError, describeApiError } from '@/lib/client/api-error';
import { describeError } from '@/lib/ui/describe-error';

describe('describeApiError', () => {
  const refused = new ApiError('BAD_REQUEST', "The mail server refused this: Character not allowed in mailbox name: '.'");

  it("gives a BAD_REQUEST's own sentence only where asked, without a schema's field name", () => {
    expect(describeApiError(refused, { serverWords: true })).toBe(
      "The mail server refused this: Character not allowed in mailbox name: '.'",
    );
    expect(describeApiError(new ApiError('BAD_REQUEST', 'path: A folder needs a name.'), { serverWords: true })).toBe(
      'A folder needs a name.',
    );
    expect(describeApiError(refused)).toBe(describeError('BAD_REQUEST'));
  });

  it("gives a PAYLOAD_TOO_LARGE's sentence, which names the configured limit, where asked", () => {
    const tooLarge = new ApiError('PAYLOAD_TOO_LARGE', 'Attachments can be at most 25 MB.');
    expect(describeApiError(tooLarge, { serverWords: true })).toBe('Attachments can be at most 25 MB.');
    expect(describeApiError(tooLarge)).toBe(describeError('PAYLOAD_TOO_LARGE'));
  });

  it('phrases every other code from the table, whatever the server wrote', () => {
    const gone = new ApiError('NOT_FOUND', 'internal detail');
    expect(describeApiError(gone, { serverWords: true })).toBe(describeError('NOT_FOUND'));
    expect(describeApiError(new TypeError('x'), { serverWords: true })).toBe(describeError('INTERNAL'));
  });
});
