import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export type CopyButtonProps = {
  /** The text to copy, computed when pressed (e.g. a link to the view as it is then). */
  getText: () => string;
  /** Visible content of the button. */
  children: ReactNode;
  /** Accessible name when the visible content is an icon. */
  label?: string;
  /** Announced (and shown) after copying, e.g. "Link copied". */
  doneMessage?: string;
  /** Heading of the fallback shown when the clipboard is unavailable. */
  fallbackTitle: string;
  className?: string;
};

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; text: string };

/**
 * Copies text to the clipboard and says so in a polite live region. Where the
 * clipboard is unavailable or refused (insecure page, permissions, old browser),
 * the text is shown selected in a read-only field to copy by hand.
 */
export function CopyButton({ getText, children, label, doneMessage = 'Copied', fallbackTitle, className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (state.kind === 'copied') {
      const timer = window.setTimeout(() => setState({ kind: 'idle' }), 2500);
      return () => window.clearTimeout(timer);
    }
    return undefined;
  }, [state]);

  // Layout effect: focus moves into the field in the same frame the dialog appears, never a task later.
  useLayoutEffect(() => {
    if (state.kind !== 'fallback') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [state]);

  const copy = async () => {
    const text = getText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'fallback', text });
    }
  };

  const close = () => {
    setState({ kind: 'idle' });
    buttonRef.current?.focus();
  };

  return (
    <>
      <button ref={buttonRef} type="button" aria-label={label} onClick={() => void copy()} className={className}>
        {children}
      </button>
      <span role="status" aria-live="polite" className={state.kind === 'copied' ? 'ml-1 text-xs font-sans text-green-800' : 'sr-only'}>
        {state.kind === 'copied' ? doneMessage : ''}
      </span>
      {state.kind === 'fallback' ? (
        <span
          role="dialog"
          aria-labelledby={titleId}
          className="my-2 block rounded border border-stone-400 bg-white p-2 font-sans text-sm shadow-md"
        >
          <span id={titleId} className="block font-semibold text-stone-800">
            {fallbackTitle}
          </span>
          <span className="block text-xs text-stone-600">The clipboard is not available here: the text is selected, copy it with Ctrl+C or ⌘C.</span>
          <textarea
            ref={fieldRef}
            readOnly
            aria-labelledby={titleId}
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
            }}
            value={state.text}
            rows={3}
            className="mt-1 block w-full rounded border border-stone-300 p-1 text-xs"
          />
          <button type="button" onClick={close} className="mt-1 rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100">
            Close
          </button>
        </span>
      ) : null}
    </>
  );
}
