import type files from '../nl-BE/files'

/** Journey files, storage health and two-tab conflicts, in English. */
const en: typeof files = {
  files: {
    save: 'Save as file',
    saveNamed: 'Save as file: {title}',
    saved: '{file} has been downloaded. Keep it where you can find it again, or send it to a colleague.',
    open: 'Open a file',
    drop: 'Or drag a .klantreis.json file here.',
    dropActive: 'Release to open the file.',
    imported: '“{title}” has been opened as a new customer journey.',
    importedCopy: '“{title}” already existed in this browser; the file has been opened as a separate copy.',
    importFailed: 'The file “{file}” could not be opened: {reason}',
    migrated: 'The file came from an older version of Klantreis and has been converted.',
  },
  storage: {
    memory:
      'This browser does not allow storage. Your work is only kept as long as this tab is open: save it as a file.',
    usage:
      'Your customer journeys use {used} of about {total} of storage space in this browser ({percent}%).',
    usageLabel: 'Storage space used',
    nearlyFull:
      'The storage is almost full. Save customer journeys as files and delete what you no longer need.',
    damagedDownload: 'Download the damaged data',
    failedOffer: 'Save your work as a file now, so that nothing is lost.',
  },
  drafts: {
    duplicate: 'Duplicate',
    duplicateNamed: 'Duplicate: {title}',
    copyTitle: '{title} (copy)',
    duplicated: 'Copy made: “{title}”.',
    rename: 'Rename',
    renameNamed: 'Rename: {title}',
    renameTitle: 'New name',
    renameLabel: 'Title of the customer journey',
    renameSave: 'Save name',
    deleted: '“{title}” has been deleted.',
    undo: 'Undo',
    restored: '“{title}” has been restored.',
    example: 'View a worked example',
    exampleHelp:
      'A complete customer journey to explore. It is a copy: whatever you change in it affects nothing else.',
  },
  conflict: {
    title: 'Changed in another tab',
    message:
      'This customer journey has meanwhile been saved in another tab or window. Which version do you want to keep?',
    loadTheirs: 'Load the newer version',
    keepMine: 'Keep my version',
  },
}

export default en
