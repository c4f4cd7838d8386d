import type { Channel, LaneKind } from '../catalogue'

/**
 * Line icons (24 × 24, drawn as a 2-unit stroke) for channels and lanes, shared by the screen map, the
 * printed poster and the PDF. Decorative everywhere: the name is always written beside them.
 */
export const CHANNEL_ICONS: Record<Channel, string> = {
  website: 'M3 5h18v14H3z M3 9h18 M6 7h.01 M8.5 7h.01',
  burgerprofiel: 'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8z M4 21c0-4 4-7 8-7s8 3 8 7 M17 4l2 2 3-3',
  ebox: 'M3 10l9-6 9 6v10H3z M3 10l9 6 9-6 M8 13V8h8v5',
  login: 'M9 11V8a3 3 0 1 1 6 0v3 M6 11h12v10H6z M12 15v2',
  email: 'M3 6h18v12H3z M3 6l9 7 9-7',
  app: 'M7 2h10v20H7z M11 18h2',
  phone: 'M6 3h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z',
  counter: 'M3 21h18 M4 21V11h16v10 M2 11h20 M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6z',
  homeVisit: 'M3 11l9-8 9 8 M5 9v12h14V9 M10 21v-6h4v6',
  letter: 'M5 3h10l4 4v14H5z M15 3v4h4 M8 12h8 M8 16h8',
  thirdParty:
    'M8 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M16 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M2 20c0-4 3-6 6-6s6 2 6 6 M14 14c3 0 8 1 8 6',
  other: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z M8 12h.01 M12 12h.01 M16 12h.01',
}

export const LANE_ICONS: Record<LaneKind, string> = {
  citizen: 'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8z M4 21c0-4 4-7 8-7s8 3 8 7',
  provider: 'M3 21h18 M5 21V10h14v11 M3 10h18 M9 14h2 M13 14h2 M12 3l8 4H4z',
  user: 'M8 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M16 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M2 20c0-4 3-6 6-6s6 2 6 6 M14 14c3 0 8 1 8 6',
}
