import type { Lane } from '@/domain'

/** A lane as the user named it ("Werkzoekende"), or its kind's name ("Burger") while it has none. */
export const laneName = (lane: Pick<Lane, 'name' | 'kind'>, t: (key: string) => string): string =>
  lane.name.trim() || t(`lanes.${lane.kind}`)
