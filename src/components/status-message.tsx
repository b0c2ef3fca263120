import type { ReactNode } from 'react';

export type StatusMessageProps = { tone?: 'info' | 'error'; title: string; children?: ReactNode };

export function StatusMessage({ tone = 'info', title, children }: StatusMessageProps) {
  const styles = tone === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-stone-300 bg-white text-stone-700';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded border p-4 ${styles}`}>
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1 text-sm">{children}</div> : null}
    </div>
  );
}
