/** Journey files, storage health and two-tab conflicts. */
export default {
  files: {
    save: 'Bewaar als bestand',
    saveNamed: 'Bewaar als bestand: {title}',
    saved: '{file} is gedownload. Bewaar het waar je het terugvindt, of stuur het naar een collega.',
    open: 'Open een bestand',
    drop: 'Of sleep een .klantreis.json-bestand hierheen.',
    dropActive: 'Laat los om het bestand te openen.',
    imported: '“{title}” is geopend als nieuwe klantreis.',
    importedCopy: '“{title}” bestond al in deze browser; het bestand is geopend als aparte kopie.',
    importFailed: 'Het bestand “{file}” kon niet geopend worden: {reason}',
    migrated: 'Het bestand kwam uit een oudere versie van Klantreis en is omgezet.',
  },
  storage: {
    memory:
      'Deze browser laat geen opslag toe. Je werk blijft alleen bewaard zolang dit tabblad open is: bewaar het als bestand.',
    usage: 'Je klantreizen gebruiken {used} van ongeveer {total} opslagruimte in deze browser ({percent}%).',
    usageLabel: 'Gebruikte opslagruimte',
    nearlyFull:
      'De opslag is bijna vol. Bewaar klantreizen als bestand en verwijder wat je niet meer nodig hebt.',
    damagedDownload: 'Download de beschadigde gegevens',
    failedOffer: 'Bewaar je werk nu als bestand, zodat niets verloren gaat.',
  },
  drafts: {
    duplicate: 'Dupliceren',
    duplicateNamed: 'Dupliceren: {title}',
    copyTitle: '{title} (kopie)',
    duplicated: 'Kopie gemaakt: “{title}”.',
    rename: 'Naam wijzigen',
    renameNamed: 'Naam wijzigen: {title}',
    renameTitle: 'Nieuwe naam',
    renameLabel: 'Titel van de klantreis',
    renameSave: 'Naam bewaren',
    deleted: '“{title}” is verwijderd.',
    undo: 'Ongedaan maken',
    restored: '“{title}” is teruggezet.',
    example: 'Bekijk een uitgewerkt voorbeeld',
    exampleHelp:
      'Een volledige klantreis om te verkennen. Het is een kopie: wat je erin verandert, raakt niets anders.',
  },
  conflict: {
    title: 'Gewijzigd in een ander tabblad',
    message:
      'Deze klantreis werd intussen in een ander tabblad of venster bewaard. Welke versie wil je houden?',
    loadTheirs: 'Laad de nieuwere versie',
    keepMine: 'Behoud mijn versie',
  },
}
