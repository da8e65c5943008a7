// Public API of the region registry: parse the CSVs, give regions stable identities, resolve labels and codes by date.
export { parseRegistry, RegistryError, REGIONS_HEADER, CHANGES_HEADER } from './registry.ts';
export {
  identityOf,
  regionHistory,
  listIdentities,
  unitOnDate,
  currentUnit,
  chainOf,
  hasIdentity,
  rowOf,
} from './identity.ts';
export type { IdentityLink, IdentitySummary, RegionHistory } from './identity.ts';
export { resolveRegion } from './resolve.ts';
export type {
  ResolvedRegion,
  Resolution,
  ResolveOptions,
  ResolveAt,
  Candidate,
  ResolutionError,
  ResolutionErrorKind,
} from './resolve.ts';
export { NATIONAL, REGION_KINDS, CHANGE_TYPES, CONTINUING_TYPES } from './types.ts';
export type { Region, RegionChange, RegionKind, ChangeType, RegionRegistry, Message } from './types.ts';
export { compactLabel } from './hangul.ts';
export { seriesContinuity, territoryChanges } from './continuity.ts';
export type { CodeSegment, SeriesContinuity } from './continuity.ts';
export { parseLofinCodes, LOFIN_FILE, LOFIN_HEADER } from './lofinCodes.ts';
export type { LofinCrosswalk, LofinPair, LofinLevel } from './lofinCodes.ts';
export { matchLofinRecords, lofinCsv } from './lofinMatch.ts';
export type { LofinRecord } from './lofinMatch.ts';
