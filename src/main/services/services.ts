import { EventBus } from './eventBus.js';
import { PreferencesStore } from './preferencesStore.js';
import { ProjectionService } from './projectionService.js';
import { WorkspaceService } from './workspaceService.js';

export interface Services {
  events: EventBus;
  preferences: PreferencesStore;
  workspace: WorkspaceService;
  projection: ProjectionService;
  /** Where new workspaces are suggested; the user's documents folder in Electron. */
  documentsDir: string | undefined;
}

/** Builds the service graph; used by the Electron composition root and by the browser host. */
export function createServices(options: { preferencesDir: string; documentsDir?: string }): Services {
  const events = new EventBus();
  const preferences = new PreferencesStore(options.preferencesDir);
  const workspace = new WorkspaceService('app', events, (file) => preferences.touchRecent(file));
  const projection = new ProjectionService(workspace, events);
  return { events, preferences, workspace, projection, documentsDir: options.documentsDir };
}
