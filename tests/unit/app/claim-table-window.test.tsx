// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimTable, columnWindow, FIRST_COLUMNS, WINDOWED_FROM } from '../../../src/features/compare/components/claim-table';
import type { ShownClaimRow } from '../../../src/features/compare/claim-rows';
import type { Outlet } from '../../../src/lib/corpus/schema';
import { claimsFixture } from './compare-claims-fixture';

afterEach(cleanup);

describe('columnWindow', () => {
  it('draws the columns any of which shows, and one more either side', () => {
    // A 1,000 px box, a 240 px claim column: 760 px for 200 px columns, 3.8 of them.
    expect(columnWindow(0, 1000, 50, 200, 240)).toEqual([0, 5]);
    // Scrolled 1,050 px: columns 5 (partly under the claim column) to 9 show; 4 and 10 are drawn too.
    expect(columnWindow(1050, 1000, 50, 200, 240)).toEqual([4, 11]);
    // At the far end, nothing past the last column.
    expect(columnWindow(9000, 1000, 50, 200, 240)).toEqual([44, 50]);
  });

  it('falls back to the first columns while no width is known (server render, no layout)', () => {
    expect(columnWindow(0, 0, 50, 200, 240)).toEqual([0, FIRST_COLUMNS]);
    expect(columnWindow(0, 0, 3, 200, 240)).toEqual([0, 3]);
  });
});

/** Outlets made up for the table; only their ids and names are read. */
function outlets(count: number): Outlet[] {
  return Array.from({ length: count }, (_, n) => ({ id: `o${n}`, name: `Outlet number ${n}` }) as Outlet);
}

/** A claim row stated by no drawn outlet: every cell reads "not in this outlet". */
function row(id: string, outletIds: string[]): ShownClaimRow {
  return { row: { id, label: `claim ${id}` } as ShownClaimRow['row'], outletIds, cells: new Map(), differences: [] };
}

describe('the claim table with many outlets', () => {
  it('draws only the first columns, says how many there are, and numbers each drawn cell', () => {
    const many = outlets(WINDOWED_FROM + 20);
    render(<ClaimTable index={claimsFixture.index} rows={[row('r1', ['o0']), row('r2', ['o1', 'o2'])]} outlets={many} highlighted={[]} />);
    const table = screen.getByRole('table', { name: /Claims lined up across outlets/ });
    expect(table).toHaveAttribute('aria-colcount', String(many.length + 1));
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((th) => th.firstChild?.textContent)).toEqual(['Claim', ...many.slice(0, FIRST_COLUMNS).map((outlet) => outlet.name)]);
    expect(headers.map((th) => th.getAttribute('aria-colindex'))).toEqual(['1', ...many.slice(0, FIRST_COLUMNS).map((_, n) => String(n + 2))]);
    // Each row: its claim, the drawn outlets' cells, and one hidden cell holding the place of the rest.
    const [, first] = within(table).getAllByRole('row');
    expect(within(first!).getAllByRole('cell')).toHaveLength(FIRST_COLUMNS);
    expect(first!.querySelectorAll('td[aria-hidden="true"]')).toHaveLength(1);
    // The columns not drawn are reached by scrolling the box, which takes the keyboard's focus.
    const box = screen.getByRole('region', { name: `Claims across ${many.length} outlets; scroll sideways for more columns` });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(box).toContainElement(table);
  });

  it('draws every column, unnumbered, while there are few', () => {
    const few = outlets(WINDOWED_FROM - 1);
    render(<ClaimTable index={claimsFixture.index} rows={[row('r1', ['o0'])]} outlets={few} highlighted={[]} />);
    const table = screen.getByRole('table', { name: /Claims lined up across outlets/ });
    expect(table).not.toHaveAttribute('aria-colcount');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(few.length + 1);
    expect(table.querySelectorAll('[aria-hidden="true"]')).toHaveLength(0);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
