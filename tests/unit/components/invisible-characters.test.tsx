// @vitest-environment jsdom
/**
 * Untrusted article text cannot spoof the display: bidi overrides, zero-width
 * and control characters are shown as labelled markers, never passed through.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkedText, VisibleText } from '../../../src/components/marked-text';
import { describeInvisible, splitInvisibles } from '../../../src/lib/invisible-characters';

describe('splitInvisibles', () => {
  it('splits out bidi, zero-width and control characters with their code point and name', () => {
    expect(splitInvisibles('the \u202eeciffo\u202c said\u200b\u0007')).toEqual([
      'the ',
      { short: 'RLO', description: 'U+202E right-to-left override' },
      'eciffo',
      { short: 'PDF', description: 'U+202C pop directional formatting' },
      ' said',
      { short: 'ZWSP', description: 'U+200B zero-width space' },
      { short: 'CTRL', description: 'U+0007 control character' },
    ]);
  });

  it('leaves ordinary text, tabs, newlines and non-Latin scripts alone', () => {
    const text = 'Cho Tae-yul 조태열\t岩屋毅 — “quoted” <script>';
    expect(splitInvisibles(text)).toEqual([text]);
    expect(describeInvisible('\u2067').short).toBe('RLI');
  });
});

describe('MarkedText with invisible characters', () => {
  afterEach(cleanup);

  it('shows a right-to-left override as a labelled marker and never renders the character', () => {
    const { container } = render(
      <p>
        <MarkedText text={'Cho said the \u202eeciffo\u202c approved it.'} marks={[{ start: 0, end: 3, render: (text, key) => <mark key={key}>{text}</mark> }]} />
      </p>,
    );
    const marker = screen.getByTitle('Hidden character in the source text: U+202E right-to-left override');
    expect(marker).toHaveTextContent('RLO');
    expect(screen.getByTitle(/U\+202C pop directional formatting/)).toHaveTextContent('PDF');
    expect(container.textContent).not.toMatch(/[\u202a-\u202e]/);
    expect(container.textContent).toBe('Cho said the RLOeciffoPDF approved it.');
    expect(container.querySelector('mark')).toHaveTextContent('Cho');
  });

  it('renders text without invisible characters exactly as before', () => {
    const { container } = render(<MarkedText text="<img src=x onerror=alert(1)> stays text" marks={[]} />);
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> stays text');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('abbr')).toBeNull();
  });
});

describe('VisibleText', () => {
  afterEach(cleanup);

  it('shows hidden characters in text outside sentences (headlines, bylines, removed lines, marked names)', () => {
    const { container } = render(
      <h2>
        <VisibleText text={'Minister\u202e yas\u200b'} />
      </h2>,
    );
    expect(screen.getByTitle('Hidden character in the source text: U+202E right-to-left override')).toHaveTextContent('RLO');
    expect(screen.getByTitle('Hidden character in the source text: U+200B zero-width space')).toHaveTextContent('ZWSP');
    expect(container.textContent).not.toMatch(/[\u202e\u200b]/);
  });
});
