/** Interface texts in Dutch (nl-BE), the first language. vue-i18n syntax: no @ $ | { } in running text. */
export default {
  app: {
    name: 'Klantreis',
    tagline: 'Breng de reis van de burger door je dienst stap voor stap in kaart.',
    skipToContent: 'Naar de inhoud',
    home: 'Mijn klantreizen',
    privacy: 'Alles blijft in deze browser: er gaat niets naar een server.',
    loadFailed:
      'Een deel van Klantreis kon niet geladen worden. Misschien is de verbinding weg. Je werk is bewaard.',
    retry: 'Opnieuw proberen',
  },
  save: {
    idle: 'Nog niets gewijzigd',
    pending: 'Wijzigingen worden bewaard…',
    saved: 'Bewaard om {time}',
    quota: 'Niet bewaard: de opslag van deze browser is vol. Je laatste bewaarde versie blijft behouden.',
    quotaNew:
      'Dit past niet meer in de opslag van deze browser. Maak plaats: bewaar klantreizen die je niet meer nodig hebt als bestand en verwijder ze hier. Probeer daarna opnieuw.',
    unavailable: 'Niet bewaard: deze browser laat geen opslag toe. Bewaar je werk als bestand.',
    unknown: 'Niet bewaard: de browser weigerde het bewaren. Je laatste bewaarde versie blijft behouden.',
    conflict:
      'Niet bewaard: deze klantreis werd in een ander venster gewijzigd. Kies hieronder wat je houdt.',
    refused: 'Niet alles bewaard: {reason}',
  },
  start: {
    title: 'Mijn klantreizen',
    introTitle: 'Wat is een klantreis?',
    intro: [
      'Een klantreis toont hoe een burger jouw dienst beleeft, van vóór het eerste contact tot na de afronding. Ze bundelt wat je uit gebruikersonderzoek leerde in één overzicht dat je kan delen, bespreken en ophangen.',
      'Ze helpt je om knelpunten en blinde vlekken te zien, om met collega’s over dezelfde ervaring te spreken en om gericht oplossingen te zoeken. Deze wegwijzer leidt je in acht stappen naar een kaart die je kan afdrukken.',
    ],
    new: 'Nieuwe klantreis',
    listTitle: 'Bewaarde klantreizen',
    empty: 'Je hebt nog geen klantreis. Begin met een nieuwe.',
    untitled: 'Klantreis zonder titel',
    lastChanged: 'Laatst gewijzigd: {date}',
    progress: '{done} van {total} stappen klaar',
    progressReady: '{done} van {total} stappen klaar: de kaart is klaar om af te drukken',
    open: 'Openen',
    openNamed: 'Openen: {title}',
    mapNamed: 'Bekijk de kaart: {title}',
    delete: 'Verwijderen',
    deleteNamed: 'Verwijderen: {title}',
    confirmDeleteTitle: 'Klantreis verwijderen?',
    confirmDelete:
      '“{title}” wordt uit deze browser verwijderd. Direct daarna kan je dat nog ongedaan maken.',
    damaged: {
      unreadable: 'beschadigd',
      newer: 'uit een nieuwere versie',
    },
    damagedHelp: {
      unreadable:
        'Deze klantreis kan niet meer gelezen worden. Ze blijft onaangeroerd bewaard: download de gegevens en stuur ze eventueel naar iemand die je kan helpen.',
      newer:
        'Deze klantreis werd bewaard door een nieuwere versie van Klantreis. Open ze daar, of download de gegevens. Ze blijft hier onaangeroerd.',
    },
    openFailed: 'Deze klantreis kon niet geopend worden: ze ontbreekt of kan niet gelezen worden.',
  },
  wizard: {
    stepsNav: 'Stappen',
    stepOf: 'Stap {n} van {total}',
    previous: 'Vorige stap',
    next: 'Volgende stap',
    toCheck: 'Controleer je klantreis',
    status: {
      complete: 'klaar',
      incomplete: 'nog aan te vullen',
      empty: 'niet verplicht, nog leeg',
    },
    what: 'Wat doe je?',
    why: 'Waarom?',
    example: 'Voorbeeld',
    tips: 'Tips',
    context: 'Je klantreis',
    contextTitle: 'Titel',
    contextCase: 'Casus',
    contextGoal: 'Doel',
    contextMore: 'toon titel en casus',
    contextLess: 'verberg titel en casus',
    contextMissing: 'nog niet ingevuld (stap 1)',
    summaryTitle: 'Deze stap is nog niet klaar',
    summaryIntro: 'Vul deze punten aan. Je kan ook later terugkomen: alles wat je typt, is al bewaard.',
    continueAnyway: 'Toch naar de volgende stap',
  },
  picker: {
    phases: 'Kies een fase',
    lanes: 'Van wie?',
    activities: 'nog geen activiteiten | 1 activiteit | {n} activiteiten',
    noPhases: 'Er zijn nog geen fases. Maak ze eerst in stap 3.',
    goToPhases: 'Naar stap 3: fases',
  },
  actions: {
    remove: 'Verwijderen',
    moveUpNamed: '{name} naar boven',
    moveDownNamed: '{name} naar beneden',
    removeNamed: '{name} verwijderen',
    cancel: 'Annuleren',
  },
  history: {
    group: 'Ongedaan maken en opnieuw doen',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw doen',
    typed: 'tekst gewijzigd',
    added: 'toegevoegd',
    removed: '{name} verwijderd.',
    moved: '{name} verplaatst',
    started: 'nood of opportuniteit aangemaakt',
  },
  check: {
    title: 'Controleer je klantreis',
    ready:
      'Alle verplichte stappen zijn klaar. Lees ze nog eens na, en laat de kaart nalezen door een collega of een burger die de dienst kent.',
    notReady:
      'Hieronder zie je per stap wat er al staat en wat nog ontbreekt. Klik op een punt om het aan te vullen.',
    missing: 'Nog aan te vullen',
    change: 'Wijzig',
    toMap: 'Bekijk en druk je kaart af',
    facts: {
      title: 'Titel: {title}',
      noTitle: 'Nog geen titel',
      goal: 'Doel: {goal}',
      noGoal: 'Nog geen doel',
      persona: 'Persona: {name}',
      noPersona: 'Nog geen persona',
      general: 'Het algemene proces staat centraal',
      lanes: 'nog geen lijnen | 1 lijn op de kaart | {n} lijnen op de kaart',
      phases: 'nog geen fases | 1 fase | {n} fases',
      activities: 'nog geen activiteiten | 1 activiteit | {n} activiteiten, in {lanes} lijn(en)',
      handoffs:
        'geen doorverwijzing | 1 doorverwijzing naar een andere dienst | {n} doorverwijzingen naar een andere dienst',
      touchpoints:
        'nog geen contactpunten | 1 contactpunt | {n} contactpunten: {digital} digitaal, {phone} telefonisch, {physical} fysiek',
      moments: 'Positieve momenten: {positive}. Negatieve momenten: {negative}.',
      aha: 'Punten om te verbeteren: {improvements}. Sterke punten: {strengths}.',
      insights: 'Noden: {needs}. Opportuniteiten: {opportunities}.',
      extra: 'Cijfers: {figures}. Uitspraken: {quotes}. Beelden: {images}.',
    },
  },
  recovery: {
    title: 'Teruggehaald na een onderbreking',
    crash:
      '“{title}”: je laatste wijzigingen waren nog niet helemaal opgeslagen toen de browser stopte. Ze zijn teruggezet.',
    crashNotStored:
      '“{title}”: je laatste wijzigingen zijn er nog, maar de opslag is vol. Maak plaats of bewaar de klantreis als bestand.',
    conflict:
      '“{title}”: een versie uit een ander venster die je nog niet gekozen had, staat er nu als aparte kopie.',
    dismiss: 'Begrepen',
  },
}
