/**
 * The method, step by step, in our own words. Sources: the guides "Werk visueel met een klantreis" (eight steps
 * and tips) and "Aan de slag met de gebruikersreis" (one case, lanes, aha-moments, phase line).
 * vue-i18n syntax: avoid the characters { } @ $ | in running text.
 */
export default {
  goal: {
    title: 'Doel en casus',
    what: 'Schrijf op wat deze klantreis moet opleveren, en kies één concreet verhaal dat je van begin tot eind volgt.',
    why: 'Een klantreis is een werkinstrument, geen eindproduct. Een scherp doel vertelt je welke details ertoe doen en welke je mag laten vallen. Eén echte casus houdt de kaart concreet. Wie verhalen van verschillende mensen door elkaar haalt, krijgt een vaag gemiddelde waarin niemand zich herkent.',
    example: [
      'Doel: de wachttijd voor een nieuwe identiteitskaart verkorten en aanvragen sneller afhandelen.',
      'Casus: een inwoner verliest haar identiteitskaart en heeft binnen twee weken een nieuwe nodig voor een reis.',
      'Kies een verhaal dat goed afliep, of dat jouw dienst als geslaagd beschouwt. Het hoeft niet vlekkeloos, maar neem niet het slechtste geval. Een stuk van een traject volstaat ook.',
    ],
    tips: [
      'Houd je doel voor ogen. Het staat bovenaan elke stap, zodat je telkens kan nagaan of wat je toevoegt daarbij helpt.',
      'Meng geen casussen. Heb je meerdere verhalen? Maak dan voor elk verhaal een eigen klantreis.',
    ],
  },
  central: {
    title: 'Wie staat centraal',
    what: 'Ga terug naar je gebruikersonderzoek en kies voor wie je de dienst wil verbeteren: één persona, of het algemene proces. Geef daarna aan wie er meedoet in deze reis. Elke persoon krijgt een eigen lijn op de kaart, met een naam die jullie gebruiken.',
    why: 'Persona’s maken een reis persoonlijk en helpen gericht verbeteren als je doelgroep erg verschilt. Loopt de dienst voor iedereen ongeveer hetzelfde, dan verbeter je beter het proces zelf. Welke keuze past, hangt af van je doel en het soort dienst. Ook de fase van je project telt, en hoe ingewikkeld het contact met de burger is.',
    example: [
      'Persona’s: de sociale dienst van een gemeente helpt ouderen, alleenstaande ouders en mensen met een beperking. Elke groep heeft zijn eigen vragen en noden. Dus krijgt elke groep een persona, en elke persona een eigen reis.',
      'Algemeen proces: een gewone aanvraag voor een vergunning verloopt voor bijna iedereen op dezelfde manier. Dan breng je het proces in kaart, zonder persona’s.',
      'Meer gebruikers: begeleid je een werkzoekende en zit er bij een gesprek ook een werkgever mee aan tafel? Dan is die werkgever ook gebruiker. Hij krijgt een eigen lijn naast die van de werkzoekende. De trajectbegeleider krijgt een lijn voor de stappen van de dienst.',
    ],
    tips: [
      'Eén kaart volgt één persona. Heb je er meer? Maak voor elke persona een kopie van de klantreis: zo meng je geen verhalen.',
      'Wat de dienstverlener doet, loopt vaak gelijk met wat de burger doet. Laat de lijn van de dienstverlener aan staan: zo zie je beide naast elkaar.',
    ],
  },
  phases: {
    title: 'Fases',
    what: 'Verdeel de reis in fases: van het eerste contact met je dienst tot de afronding en eventuele nazorg.',
    why: 'De fases vormen de lijn boven de kaart. Zo zie je meteen in welk deel van het traject iets gebeurt, zonder dat je reis een stroomschema wordt. Welke fases passen, hangt af van je dienst en je doel.',
    example: [
      'Bewustwording: iemand merkt dat zijn verbouwing een bouwvergunning vraagt.',
      'Oriëntatie: hij zoekt uit welke documenten en stappen daarvoor nodig zijn.',
      'Besluitvorming: met alle informatie op zak besluit hij de vergunning aan te vragen.',
      'Actie: hij vult de aanvraag online in en laadt zijn plannen op.',
      'Gebruik: hij krijgt de vergunning en de werken starten volgens de voorwaarden.',
      'Nazorg: de gemeente komt controleren en blijft aanspreekbaar tijdens en na de werken.',
    ],
    tips: ['Pas de namen gerust aan, voeg fases toe of laat er weg: de zes fases zijn een vertrekpunt.'],
  },
  activities: {
    title: 'Activiteiten',
    what: 'Noteer per fase wat de burger concreet doet. Zet daarna in de lijn van de dienstverlener wat die doet. Koppel elke stap aan de stap van de burger waar hij bij hoort. Doe hetzelfde voor andere gebruikers. Een stap die op zichzelf staat, krijgt een eigen plaats.',
    why: 'De activiteiten dragen de hele kaart: aan elke activiteit hang je straks contactpunten en ervaringen. Wie de stappen van beide kanten naast elkaar ziet, merkt waar de burger wacht terwijl de dienst werkt, of omgekeerd.',
    example: [
      'In de fase oriëntatie bij de bouwvergunning:',
      'De burger leest de uitleg over bouwvergunningen op de website van de gemeente.',
      'Hij vraagt aan een buurman die pas verbouwde hoe die het heeft aangepakt.',
      'Hij belt de dienst omgevingsvergunningen om te checken of wat hij online las nog klopt.',
    ],
    tips: [
      'Wees concreet. Vraag je telkens af: wat doet de burger hier precies, en wat doet de medewerker? Een intakegesprek is vaak veel meer dan een formulier invullen.',
      'Hou het simpel: laat vaktaal en details weg die je doel niet dienen.',
      'Wordt de burger doorgestuurd naar een andere dienst of een ander loket? Duid het aan: zo zie je op de kaart hoe vaak iemand van het kastje naar de muur gaat.',
      'Zeg waar het vandaan komt: gezien, gehoord in een gesprek, uit cijfers. Een aanname mag, maar de kaart toont ze apart.',
    ],
  },
  touchpoints: {
    title: 'Contactpunten',
    what: 'Geef bij de activiteiten aan waar de burger je dienst ontmoet, en of dat digitaal, telefonisch of fysiek gebeurt.',
    why: 'Contactpunten tonen langs welke kanalen mensen je dienst beleven. Zo zie je waar kanalen elkaar tegenspreken en waar iemand van het ene naar het andere kanaal moet.',
    example: [
      'Digitaal: de website van de gemeente, het e-loket, Mijn Burgerprofiel, een bericht in de eBox, aanmelden met itsme.',
      'Telefonisch: een oproep naar het contactcenter of naar 1700.',
      'Fysiek: het onthaal in het gemeentehuis, een brief met de beslissing, een huisbezoek. Ook hulp van een tussenpersoon zoals het welzijnswerk of een vakbond is een contactpunt.',
    ],
    tips: [
      'Niet elke activiteit heeft een contactpunt: een gesprek met een buur raakt je dienst niet.',
      'Denk aan wie het kanaal niet kan gebruiken: zonder smartphone, zonder kaartlezer, of zonder de taal. Noteer het bij het contactpunt.',
    ],
  },
  moments: {
    title: 'Positieve en negatieve momenten',
    what: 'Beschrijf bij de activiteiten wat goed liep en wat minder, en hoe de persoon van die lijn zich daarbij voelde. Doe daarna de aha-oefening. Noem twee dingen die beter kunnen, elk bij zijn moment, en de sterke punten die je collega’s zien.',
    why: 'Bij deze momenten ontstaan de inzichten. De gevoelsscores vormen samen de lijn van het gevoel op de kaart, voor elke persoon apart.',
    example: [
      'Activiteit: de burger belt om na te gaan of de informatie op de website klopt.',
      'Positief: hij krijgt meteen iemand aan de lijn, zonder wachtrij.',
      'Negatief: de medewerker wordt voortdurend gestoord door andere oproepen en antwoordt kort. Voor een extra vraag is er geen tijd.',
    ],
    tips: [
      'Aha-oefening: wie de casus aanbracht, noemt twee dingen die beter kunnen. De anderen brengen elk een sterk punt aan. Werk je alleen, vraag dan achteraf een collega naar de sterke punten, en noteer wie het zei.',
      'Een positief moment heeft een score van +1 of +2, een negatief van −1 of −2. Zo kan de lijn van het gevoel nooit tegenspreken wat je schreef.',
    ],
  },
  insights: {
    title: 'Noden en opportuniteiten',
    what: 'Vertrek van de twee punten die beter kunnen, en vertaal daarna de andere momenten naar noden (wat mist de burger?) en opportuniteiten (wat kan je dienst anders doen?). Elke nood of opportuniteit hangt vast aan het moment waaruit ze voortkomt.',
    why: 'Zo wordt een ervaring het vertrekpunt voor een oplossing, en kan iedereen nagaan waar een voorstel vandaan komt.',
    example: [
      'Moment: de medewerker aan de telefoon heeft het te druk en beantwoordt de vraag haastig.',
      'Nood: de burger krijgt te weinig tijd en aandacht, blijft met vragen zitten en raakt gefrustreerd.',
      'Opportuniteit: met een betere bezetting en vlottere afspraken binnen de dienst kunnen medewerkers bellers rustiger en vollediger helpen. Dat maakt mensen tevredener en versterkt het vertrouwen in de gemeente.',
    ],
    tips: [
      'Begin bij de aha-momenten: daar zit meestal de grootste winst.',
      'Geef elke opportuniteit iemand die ze opneemt en een volgende stap. Zo blijft de kaart niet in een lade liggen.',
    ],
  },
  extra: {
    title: 'Aanvullende informatie',
    what: 'Voeg toe wat de kaart sterker maakt: cijfers, uitspraken van burgers en beelden. Deze stap is niet verplicht.',
    why: 'Een cijfer toont hoe groot een probleem is; een uitspraak laat voelen wat het betekent voor iemand.',
    example: [
      'Cijfer: gemiddeld aantal keer dat een telefoongesprek onderbroken wordt: 4.',
      'Uitspraak van een inwoner: “Ik voelde dat de medewerker met tien dingen tegelijk bezig was. Mijn tweede vraag heb ik dan maar ingeslikt.”',
      'Beeld: een foto van de wachtzaal of een schermafbeelding van het e-loket.',
    ],
    tips: [
      'Laat de kaart nalezen. Heb je ze alleen gemaakt? Vraag dan collega’s of burgers of de reis klopt met wat zij meemaken.',
      'Werk de kaart bij. Een klantreis is een werkdocument: vul ze aan met nieuwe inzichten en met wat je verbeterde.',
    ],
  },
}
