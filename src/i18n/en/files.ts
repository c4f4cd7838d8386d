import type nl from '../nl-BE/files'

/** Journey files, storage health, two-window conflicts and mended drafts, in English. */
export default {
  files: {
    save: 'Save as file',
    saveNamed: 'Save as file: {title}',
    saved: '{file} has been downloaded. Keep it where you can find it again, or send it to a colleague.',
    open: 'Open a file',
    drop: 'Or drag a .klantreis.json file here.',
    imported: '“{title}” has been opened as a new customer journey.',
    importedCopy: '“{title}” already existed in this browser; the file has been opened as a separate copy.',
    importFailed: 'The file “{file}” could not be opened: {reason}',
    migrated: 'The file came from an older version of Klantreis and has been converted.',
    repaired:
      'One thing had to be repaired; you can see what below. | {n} things had to be repaired; you can see what below.',
  },
  storage: {
    memory:
      'This browser does not allow storage. Your work is only kept as long as this tab is open: save it as a file.',
    usage:
      'Your customer journeys use {used} of about {total} of storage space in this browser ({percent}%).',
    usageShared:
      'Your customer journeys use {used} and other data from this website uses {others}, out of about {total} of storage space in this browser ({percent}% in total).',
    usageLabel: 'Storage space used',
    nearlyFull:
      'The storage is almost full. Save customer journeys as files and delete what you no longer need.',
    damagedDownload: 'Download the data',
    damagedDownloadNamed: 'Download the data of {title}',
    failedOffer: 'Save your work as a file now, so that nothing is lost.',
  },
  drafts: {
    duplicate: 'Duplicate',
    duplicateNamed: 'Duplicate: {title}',
    copyTitle: '{title} (copy)',
    duplicated: 'Copy made: “{title}”.',
    rename: 'Rename',
    renameNamed: 'Rename: {title}',
    renameLabel: 'Title of the customer journey',
    renameSave: 'Save name',
    deleted: '“{title}” has been deleted.',
    undo: 'Undo',
    restored: '“{title}” has been restored.',
    trashTitle: 'Recently deleted',
    trashIntro: 'A deleted customer journey stays here for {days} days. After that it is gone for good.',
    trashItem: 'Deleted on {date}',
    trashRestore: 'Restore',
    trashRestoreNamed: 'Restore: {title}',
    example: 'View a worked example',
    exampleHelp:
      'A complete customer journey to explore. It is a copy: whatever you change in it affects nothing else.',
  },
  conflict: {
    title: 'Changed in another window',
    message:
      'Meanwhile, this customer journey was saved in another window or tab. What you type here is kept until you choose. Compare them first, if you like.',
    deletedTitle: 'Deleted in another window',
    deletedMessage:
      'Meanwhile, this customer journey was deleted in another window. What you type here is kept until you choose.',
    compare: 'Compare the two versions',
    changesTitle: 'How your version differs from the other one',
    noChanges: 'Both versions are the same.',
    keepMine: 'Keep my version',
    loadTheirs: 'Take the other version',
    keepBoth: 'Keep my version as a copy',
    copyTitle: '{title} (my version)',
  },
  repairs: {
    title: 'This customer journey had to be repaired',
    importTitle: 'What was repaired',
    intro:
      'Part of it no longer fitted what Klantreis can save. We changed the following. You can still download the original text.',
    downloadOriginal: 'Download the original data',
    dismiss: 'Got it',
    more: 'and 1 more change | and {n} more changes',
    clamped: 'We shortened {where} to {max} characters, because it was too long.',
    listCut: 'We kept the first {max} of {where} and left out the rest.',
    defaulted: 'We could not read {where}, so it was given the standard value.',
    dropped: 'We could not show {where}, so we left it out.',
    unlinked: 'We cleared {where}, because it referred to something that no longer exists.',
    rehomed:
      'We changed {where}: the phase or row it pointed to no longer exists, so the activity has been moved.',
    renumbered: 'We gave {where} a new identifier.',
    lanes: 'We put the rows right: one row for the citizen, at most one for the service provider.',
  },
} satisfies typeof nl
