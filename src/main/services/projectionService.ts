import type { ProjectionViewDto } from '../../shared/ipc/events.js';
import type { EventBus } from './eventBus.js';
import type { WorkspaceService } from './workspaceService.js';

/**
 * Builds what the projector shows. Only fields on this allow-list ever reach the projector
 * window; later issues add the live agenda here, from plenary-visible rows only.
 */
export class ProjectionService {
  constructor(
    private readonly workspace: WorkspaceService,
    private readonly events: EventBus,
  ) {
    events.on('workspace', () => this.publish());
  }

  current(): ProjectionViewDto {
    const status = this.workspace.status();
    return { screen: 'neutral', mesaName: status.state === 'open' ? status.mesa.name : null };
  }

  publish(): void {
    this.events.emit('projection', this.current());
  }
}
