/**
 * The one place where every call between the renderer and main is declared.
 * Channel names, preload methods, handler signatures, argument schemas and the
 * renderer's client are all derived from these interfaces; never restate them.
 */

export type Language = 'es' | 'en';

export interface MesaDto {
  name: string;
  municipality: string;
  population: number;
}

export interface CreateWorkspaceDto extends MesaDto {
  path: string;
  passphrase: string;
}

export interface UnlockWorkspaceDto {
  path: string;
  passphrase: string;
}

export interface RekeyWorkspaceDto {
  currentPassphrase: string;
  newPassphrase: string;
}

export interface WorkspaceInfoDto extends MesaDto {
  path: string;
  schemaVersion: number;
  cipher: string;
  kdfIterations: number;
  counts: Record<string, number>;
}

/** What the console needs to decide which screen to show. */
export type WorkspaceStatusDto =
  | { state: 'closed' }
  | { state: 'locked'; path: string }
  | { state: 'open'; path: string; mesa: MesaDto };

export interface RecentFileDto {
  path: string;
  name: string;
  openedAt: string;
}

export interface VerifyReportDto {
  ok: boolean;
  integrity: string[];
  foreignKeys: string[];
  audit: { ok: boolean; entries: number; problems: string[] };
}

export interface WorkspaceApi {
  status(): Promise<WorkspaceStatusDto>;
  create(args: CreateWorkspaceDto): Promise<WorkspaceStatusDto>;
  unlock(args: UnlockWorkspaceDto): Promise<WorkspaceStatusDto>;
  /** Closes the database and forgets the key; the file stays selected for unlocking. */
  lock(): Promise<WorkspaceStatusDto>;
  close(): Promise<WorkspaceStatusDto>;
  info(): Promise<WorkspaceInfoDto>;
  verify(): Promise<VerifyReportDto>;
  rekey(args: RekeyWorkspaceDto): Promise<void>;
  recent(): Promise<RecentFileDto[]>;
  /** Where a new workspace goes when the user does not choose: the user's documents folder. */
  suggestPath(args: { name: string }): Promise<string>;
}

export interface PreferencesDto {
  language: Language;
}

export interface PreferencesApi {
  get(): Promise<PreferencesDto>;
  set(args: Partial<PreferencesDto>): Promise<PreferencesDto>;
}

export interface AppApi {
  workspace: WorkspaceApi;
  preferences: PreferencesApi;
}

export type Domain = keyof AppApi;
export type MethodOf<D extends Domain> = keyof AppApi[D] & string;
type Fn = (...args: never[]) => Promise<unknown>;
export type ArgsOf<D extends Domain, M extends MethodOf<D>> = AppApi[D][M] extends Fn
  ? Parameters<AppApi[D][M]> extends [infer A, ...unknown[]]
    ? A
    : undefined
  : never;
export type ResultOf<D extends Domain, M extends MethodOf<D>> = AppApi[D][M] extends Fn
  ? Awaited<ReturnType<AppApi[D][M]>>
  : never;

/**
 * The runtime list of calls. `satisfies` makes the compiler refuse a missing or
 * an extra method, so this list cannot drift from the interfaces above.
 */
export const contractMethods = {
  workspace: {
    status: true,
    create: true,
    unlock: true,
    lock: true,
    close: true,
    info: true,
    verify: true,
    rekey: true,
    recent: true,
    suggestPath: true,
  },
  preferences: { get: true, set: true },
} as const satisfies { [D in Domain]: Record<MethodOf<D>, true> };

export const channelOf = (domain: string, method: string): string => `${domain}:${method}`;

export function allChannels(): { domain: Domain; method: string; channel: string }[] {
  return (Object.keys(contractMethods) as Domain[]).flatMap((domain) =>
    Object.keys(contractMethods[domain]).map((method) => ({
      domain,
      method,
      channel: channelOf(domain, method),
    })),
  );
}
