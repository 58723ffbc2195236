// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../../components/popup/PopupView';
import { frenchT } from '../helpers/french';

const START = Date.UTC(2026, 10, 28, 9, 0);

function view(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    status: { phase: 'idle', startedAt: null, guard: {} },
    confirmingEnd: false,
    busy: false,
    error: null,
    now: START + 12 * 60_000,
    t: frenchT,
    formatTime: () => '10:00',
    onStart: vi.fn(),
    onAskEnd: vi.fn(),
    onCancelEnd: vi.fn(),
    onConfirmEnd: vi.fn(),
    ...overrides,
  };
  render(<PopupView {...props} />);
  return props;
}

afterEach(cleanup);

describe('popup (rendering, as Firefox users see it too)', () => {
  it('idle: says so in French and offers to start', () => {
    const props = view();
    expect(screen.getByTestId('session-state').dataset.state).toBe('idle');
    expect(screen.getByText('Aucun accompagnement en cours.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('start-session'));
    expect(props.onStart).toHaveBeenCalledOnce();
  });

  it('active: since when, what is guarded, and a plain warning for what is not', () => {
    view({
      status: {
        phase: 'active',
        startedAt: START,
        guard: { passwordSavingEnabled: 'guarded', autofillAddressEnabled: 'locked_on_by_policy', autofillCreditCardEnabled: 'unavailable' },
      },
    });
    expect(screen.getByTestId('session-state').textContent).toContain('depuis 10:00 (12 min)');
    expect(screen.getByTestId('guard-passwordSavingEnabled').dataset.guard).toBe('guarded');
    expect(screen.getByTestId('guard-autofillAddressEnabled').textContent).toContain("une règle du navigateur l'impose");
    // A switch this browser doesn't have is not listed at all (Firefox has no autofill switches).
    expect(screen.queryByTestId('guard-autofillCreditCardEnabled')).toBeNull();
  });

  it('ending asks for confirmation first', () => {
    const props = view({ status: { phase: 'active', startedAt: START, guard: {} } });
    fireEvent.click(screen.getByTestId('end-session'));
    expect(props.onAskEnd).toHaveBeenCalledOnce();
    expect(props.onConfirmEnd).not.toHaveBeenCalled();
    cleanup();
    const confirming = view({ status: { phase: 'active', startedAt: START, guard: {} }, confirmingEnd: true });
    expect(screen.getByRole('alertdialog').textContent).toContain('Tout ce qui a été fait sera effacé');
    fireEvent.click(screen.getByTestId('confirm-end-session'));
    expect(confirming.onConfirmEnd).toHaveBeenCalledOnce();
  });

  it("shows the structure's name and what its policy got wrong, never blank", () => {
    view({ structureName: 'France Services de Test', policyProblemKeys: ['keepSites[1]', 'idleEndMinutes'], onOpenSettings: vi.fn() });
    expect(screen.getByText('France Services de Test')).toBeTruthy();
    const banner = screen.getByTestId('popup-policy-problems');
    expect(banner.textContent).toContain('2 erreur(s)');
    expect(banner.textContent).toContain('keepSites[1]');
  });
});
