// Public face of src/cluster: which events are one real-world event.
export { clusterAll, clusterKeyMembers, type KeyedMember } from './cluster-all.ts';
export { addDays, daysBetween } from './days.ts';
export { cameoRoot, clusterKey, type KeyedEvent } from './key.ts';
export { type ClusterMember, type ClusterRow, clusterId, summarize } from './summarize.ts';
export { WINDOW_DAYS, type Window, windows, windowsToRebuild } from './windows.ts';
