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
});
