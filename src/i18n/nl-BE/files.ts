/** Journey files, storage health, two-window conflicts and mended drafts. */
export default {
  files: {
    save: 'Bewaar als bestand',
    saveNamed: 'Bewaar als bestand: {title}',
    saved: '{file} is gedownload. Bewaar het waar je het terugvindt, of stuur het naar een collega.',
    open: 'Open een bestand',
    drop: 'Of sleep een .klantreis.json-bestand hierheen.',
    imported: '“{title}” is geopend als nieuwe klantreis.',
    importedCopy: '“{title}” bestond al in deze browser; het bestand is geopend als aparte kopie.',
    importFailed: 'Het bestand “{file}” kon niet geopend worden: {reason}',
    migrated: 'Het bestand kwam uit een oudere versie van Klantreis en is omgezet.',
    repaired:
      'Er moest 1 ding hersteld worden; je ziet hieronder wat. | Er moesten {n} dingen hersteld worden; je ziet hieronder wat.',
  },
  storage: {
    memory:
      'Deze browser laat geen opslag toe. Je werk blijft alleen bewaard zolang dit tabblad open is: bewaar het als bestand.',
    usage: 'Je klantreizen gebruiken {used} van ongeveer {total} opslagruimte in deze browser ({percent}%).',
    usageShared:
      'Je klantreizen gebruiken {used}, andere gegevens van deze website {others}, van ongeveer {total} opslagruimte in deze browser ({percent}% samen).',
    usageLabel: 'Gebruikte opslagruimte',
    nearlyFull:
      'De opslag is bijna vol. Bewaar klantreizen als bestand en verwijder wat je niet meer nodig hebt.',
    damagedDownload: 'Download de gegevens',
    damagedDownloadNamed: 'Download de gegevens van {title}',
    failedOffer: 'Bewaar je werk nu als bestand, zodat niets verloren gaat.',
  },
  drafts: {
    duplicate: 'Dupliceren',
    duplicateNamed: 'Dupliceren: {title}',
    copyTitle: '{title} (kopie)',
    duplicated: 'Kopie gemaakt: “{title}”.',
    rename: 'Naam wijzigen',
    renameNamed: 'Naam wijzigen: {title}',
    renameLabel: 'Titel van de klantreis',
    renameSave: 'Naam bewaren',
    deleted: '“{title}” is verwijderd.',
    undo: 'Ongedaan maken',
    restored: '“{title}” is teruggezet.',
    trashTitle: 'Onlangs verwijderd',
    trashIntro: 'Een verwijderde klantreis blijft hier {days} dagen staan. Daarna is ze voorgoed weg.',
    trashItem: 'Verwijderd op {date}',
    trashRestore: 'Terugzetten',
    trashRestoreNamed: 'Terugzetten: {title}',
    example: 'Bekijk een uitgewerkt voorbeeld',
    exampleHelp:
      'Een volledige klantreis om te verkennen. Het is een kopie: wat je erin verandert, raakt niets anders.',
  },
  conflict: {
    title: 'Gewijzigd in een ander venster',
    message:
      'Deze klantreis werd intussen in een ander venster of tabblad bewaard. Wat je hier typt, blijft bewaard tot je kiest. Vergelijk eerst, als je wil.',
    deletedTitle: 'Verwijderd in een ander venster',
    deletedMessage:
      'Deze klantreis werd intussen in een ander venster verwijderd. Wat je hier typt, blijft bewaard tot je kiest.',
    compare: 'Vergelijk de twee versies',
    changesTitle: 'Wat jouw versie anders heeft dan de andere',
    noChanges: 'Beide versies zijn gelijk.',
    keepMine: 'Bewaar mijn versie',
    loadTheirs: 'Neem de andere versie',
    keepBoth: 'Bewaar mijn versie als kopie',
    copyTitle: '{title} (mijn versie)',
  },
  repairs: {
    title: 'Deze klantreis moest hersteld worden',
    importTitle: 'Wat er hersteld werd',
    intro:
      'Een deel ervan paste niet meer in wat Klantreis kan bewaren. We hebben het volgende aangepast. De oorspronkelijke tekst kan je nog downloaden.',
    downloadOriginal: 'Download de oorspronkelijke gegevens',
    dismiss: 'Begrepen',
    more: 'en nog 1 andere aanpassing | en nog {n} andere aanpassingen',
    clamped: 'Ingekort tot {max} tekens, omdat het te lang was: {where}.',
    listCut: 'Er waren er meer dan {max}; wat daarboven kwam, is weggelaten: {where}.',
    defaulted: 'Onleesbaar, en daarom op de gewone waarde gezet: {where}.',
    dropped: 'Weggelaten, omdat het niet getoond kon worden: {where}.',
    unlinked: 'Een verwijzing naar iets dat niet meer bestaat, weggehaald: {where}.',
    rehomed:
      'Verplaatst naar een herstelde fase of naar de lijn van de burger: {where}. De eigen fase of lijn bestond niet meer.',
    renumbered: 'Een nieuw kenmerk gegeven: {where}.',
    lanes: 'De lijnen zijn rechtgezet: één lijn voor de burger, hoogstens één voor de dienstverlener.',
  },
}
