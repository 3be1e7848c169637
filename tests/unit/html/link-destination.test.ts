import { describe, expect, it } from 'vitest';
import { claimedHost, misleadingTarget, targetHost } from '@/lib/html/link-destination';

describe('claimedHost', () => {
  it.each([
    ['https://www.paypal.com/signin', 'www.paypal.com'],
    ['paypal.com', 'paypal.com'],
    ['PayPal.com/login?x=1', 'paypal.com'],
    ['http://bank.example:8443/', 'bank.example'],
  ])('reads %s as %s', (text, host) => expect(claimedHost(text)).toBe(host));

  it.each(['Click here', 'Sign in to your account', 'v1.2', 'john@example.com', ''])('finds no host in %j', (text) =>
    expect(claimedHost(text)).toBeNull(),
  );
});

describe('misleadingTarget', () => {
  it('names the real host when the text shows another site', () => {
    expect(misleadingTarget('https://www.paypal.com/signin', 'https://paypa1-secure.example/login')).toBe(
      'paypa1-secure.example',
    );
    expect(misleadingTarget('mybank.com', 'http://198.51.100.7/mybank')).toBe('198.51.100.7');
  });

  it('accepts the same site, subdomains, plain words and non-web links', () => {
    expect(misleadingTarget('example.com', 'https://www.example.com/a')).toBeNull();
    expect(misleadingTarget('www.example.com/offer', 'https://click.example.com/t/1')).toBeNull();
    expect(misleadingTarget('Read more', 'https://tracker.example/x')).toBeNull();
    expect(misleadingTarget('example.com', 'mailto:someone@example.org')).toBeNull();
  });
});

describe('targetHost', () => {
  it('reads web URLs only', () => {
    expect(targetHost('https://Example.COM/x')).toBe('example.com');
    expect(targetHost('mailto:a@b.c')).toBeNull();
    expect(targetHost('not a url')).toBeNull();
  });
});

describe('sites under a public suffix', () => {
  it('tells apart two registrable domains under the same suffix', () => {
    expect(misleadingTarget('www.example.co.uk', 'https://evil.co.uk/')).toBe('evil.co.uk');
    expect(misleadingTarget('shop.example.co.uk', 'https://www.example.co.uk/')).toBeNull();
  });
});
