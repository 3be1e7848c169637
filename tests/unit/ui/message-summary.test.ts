import { describe, expect, it } from 'vitest';
import {
  addressLabel,
  correspondents,
  isFlagged,
  isUnread,
  omittedRecipients,
  trustedSenderAddress,
} from '@/lib/ui/message-summary';

describe('message markers', () => {
  it('reads unread and flagged from the IMAP flags', () => {
    expect(isUnread({ flags: [] })).toBe(true);
    expect(isUnread({ flags: ['\\Seen'] })).toBe(false);
    expect(isFlagged({ flags: ['\\Seen', '\\Flagged'] })).toBe(true);
    expect(isFlagged({ flags: ['$Flagged'] })).toBe(false);
  });
});

describe('correspondents', () => {
  const ann = { name: 'Ann Lee', address: 'ann@example.com' };
  const bob = { name: ' ', address: 'bob@example.com' };

  it('names the senders, falling back to the address', () => {
    expect(addressLabel(bob)).toBe('bob@example.com');
    expect(correspondents({ from: [ann, bob], to: [] })).toBe('Ann Lee, bob@example.com');
    expect(correspondents({ from: [], to: [] })).toBe('(unknown sender)');
  });

  it('names the recipients in a Sent folder', () => {
    expect(correspondents({ from: [ann], to: [bob] }, true)).toBe('To: bob@example.com');
    expect(correspondents({ from: [ann], to: [] }, true)).toBe('(no recipients)');
  });
});

describe('omittedRecipients', () => {
  it('says nothing when every recipient was sent, and counts the rest in words', () => {
    expect(omittedRecipients({ recipientsOmitted: 0 })).toBeNull();
    expect(omittedRecipients({ recipientsOmitted: 1 })).toBe('and at least 1 more recipient');
    expect(omittedRecipients({ recipientsOmitted: 1_499_900 })).toBe('and at least 1,499,900 more recipients');
  });
});

describe('trustedSenderAddress', () => {
  const paypal = { name: '', address: 'service@paypal.com' };
  const evil = { name: '', address: 'attacker@evil.example' };

  it('is the one sender of a clean From', () => {
    expect(trustedSenderAddress({ from: [paypal] })).toBe('service@paypal.com');
  });

  it('is none for a malformed From, several senders or none', () => {
    const malformed = [{ field: 'from' as const, addresses: [paypal.address, evil.address], text: 'x' }];
    expect(trustedSenderAddress({ from: [paypal, evil], malformed })).toBeNull();
    expect(trustedSenderAddress({ from: [paypal], malformed })).toBeNull();
    expect(trustedSenderAddress({ from: [paypal, evil] })).toBeNull();
    expect(trustedSenderAddress({ from: [] })).toBeNull();
    expect(trustedSenderAddress(undefined)).toBeNull();
  });
});
