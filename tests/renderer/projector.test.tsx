import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectorView } from '../../src/renderer/projector/ProjectorView.js';
import { useProjectorStore } from '../../src/renderer/projector/projectorStore.js';
import type { ProjectionViewDto, ProjectorBridge } from '../../src/shared/ipc/events.js';

/** The projector's transport: a listener list and a current view resolved when the test says. */
function fakeProjector(current: ProjectionViewDto) {
  const listeners = new Set<(view: ProjectionViewDto) => void>();
  let answer: () => void = () => {};
  const bridge: ProjectorBridge = {
    onProjection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => new Promise((resolve) => (answer = () => resolve(current))),
  };
  return {
    bridge,
    listeners,
    answerCurrent: () => act(async () => answer()),
    emit: (view: ProjectionViewDto) => act(() => listeners.forEach((l) => l(view))),
  };
}

beforeEach(() => {
  // The projector must never reach for the console's API.
  Object.defineProperty(window, 'plenaria', {
    configurable: true,
    get() {
      throw new Error('the projector touched window.plenaria');
    },
  });
});

afterEach(() => {
  cleanup();
  useProjectorStore.setState(useProjectorStore.getInitialState(), true);
  delete window.projector;
  delete (window as { plenaria?: unknown }).plenaria;
});

describe('projector', () => {
  it('shows only a discreet "Plenaria" while no workspace is open', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: null });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    await fake.answerCurrent();
    const neutral = screen.getByTestId('projector-neutral');
    expect(neutral.textContent).toBe('Plenaria');
    expect(screen.queryByTestId('projector-mesa-name')).toBeNull();
  });

  it('shows the current Mesa name when opened mid-session', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: 'Mesa de Seguridad de Juárez' });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    await fake.answerCurrent();
    expect(screen.getByTestId('projector-mesa-name').textContent).toBe('Mesa de Seguridad de Juárez');
  });

  it('follows projection events, and an older current() answer does not overwrite them', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: null });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    fake.emit({ screen: 'neutral', mesaName: 'Mesa Norte' });
    expect(screen.getByTestId('projector-mesa-name').textContent).toBe('Mesa Norte');
    await fake.answerCurrent();
    expect(screen.getByTestId('projector-mesa-name').textContent).toBe('Mesa Norte');

    fake.emit({ screen: 'neutral', mesaName: null });
    expect(screen.queryByTestId('projector-mesa-name')).toBeNull();
    expect(screen.getByTestId('projector-neutral').textContent).toBe('Plenaria');
  });

  it('unsubscribes when the view goes away', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: null });
    window.projector = fake.bridge;
    const { unmount } = render(<ProjectorView />);
    expect(fake.listeners.size).toBe(1);
    unmount();
    expect(fake.listeners.size).toBe(0);
  });
});
