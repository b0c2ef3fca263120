// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NestedMarkedText } from '../../../src/components/nested-marked-text';

afterEach(cleanup);

const outer = (start: number, end: number) => ({ start, end, wrap: (children: React.ReactNode, key: string) => <u key={key}>{children}</u> });
const inner = (start: number, end: number) => ({ start, end, render: (text: string, key: string) => <b key={key}>{text}</b> });

describe('NestedMarkedText', () => {
  it('draws inner marks inside outer ones, splitting an inner mark that crosses an edge', () => {
    const { container } = render(<NestedMarkedText text="alpha beta gamma delta" outer={[outer(6, 16)]} inner={[inner(0, 10), inner(17, 22)]} />);
    expect(container.innerHTML).toBe('<b>alpha </b><u><b>beta</b> gamma</u> <b>delta</b>');
    expect(container.textContent).toBe('alpha beta gamma delta');
  });

  it('renders markup in the text as text and skips overlapping or out-of-range outer marks', () => {
    const { container } = render(<NestedMarkedText text="<i>x</i> y" outer={[outer(0, 3), outer(2, 5), outer(8, 40)]} inner={[]} />);
    expect(container.querySelector('i')).toBeNull();
    expect(container.textContent).toBe('<i>x</i> y');
    expect(container.querySelectorAll('u')).toHaveLength(1);
  });

  it('keeps an inner mark that can wrap whole, cutting the outer mark at its edges and saying which piece is which', () => {
    const parts: string[] = [];
    const cutOuter = {
      start: 6,
      end: 16,
      wrap: (children: React.ReactNode, key: string, part: { first: boolean; last: boolean }) => {
        parts.push(`${part.first ? 'first' : ''}${part.last ? 'last' : ''}`);
        return <u key={key}>{children}</u>;
      },
    };
    const whole = { ...inner(0, 10), wrap: (children: React.ReactNode, key: string, text: string) => <button key={key} aria-label={text}>{children}</button> };
    const { container } = render(<NestedMarkedText text="alpha beta gamma delta" outer={[cutOuter]} inner={[whole, inner(17, 22)]} />);
    expect(container.innerHTML).toBe('<button aria-label="alpha beta">alpha <u>beta</u></button><u> gamma</u> <b>delta</b>');
    expect(parts).toEqual(['first', 'last']);
    expect(container.textContent).toBe('alpha beta gamma delta');
  });
});
