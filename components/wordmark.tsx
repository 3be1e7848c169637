import { Mail } from 'lucide-react';

/** The Letterbox name with its mark. The mark is decorative; the word is the accessible name. */
export function Wordmark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const large = size === 'lg';
  return (
    <span className="inline-flex items-center gap-2 font-semibold tracking-tight text-fg">
      <span
        className={`grid place-items-center rounded-lg bg-accent text-on-accent ${large ? 'size-9' : 'size-7'}`}
        aria-hidden="true"
      >
        <Mail className={large ? 'size-5' : 'size-4'} strokeWidth={2.25} />
      </span>
      <span className={large ? 'text-xl' : 'text-base'}>Letterbox</span>
    </span>
  );
}
