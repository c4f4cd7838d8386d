import {
  createActivity,
  createFigure,
  createInsight,
  createJourney,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createQuote,
  createTouchpoint,
  type Activity,
  type Channel,
  type Figure,
  type Insight,
  type Journey,
  type Lane,
  type Moment,
  type Persona,
  type Phase,
  type Quote,
  type Touchpoint,
} from '@/domain'

/*
 * The example journey new users can open from the start page: one complete map, every step filled in.
 * One concrete case, as the method asks: a single mother applies for a leefloon (living wage) at the OCMW
 * of a mid-sized Flemish municipality. Content is fixed; only the ids (from the factories) and the
 * timestamps (from `now`) differ between calls, so every call is a fresh, independent copy.
 */

const touchpoint = (channel: Channel, label: string): Touchpoint => ({ ...createTouchpoint(channel), label })

const moment = (
  kind: Moment['kind'],
  emotion: Moment['emotion'],
  text: string,
  aha?: { improvements: [string, string]; strengths: string[] },
): Moment => ({ ...createMoment(kind), text, emotion, ...(aha && { aha: true, ...aha }) })

const phase = (name: string, description: string): Phase => ({ ...createPhase(name), description })

const persona = (name: string, description: string, needs: string): Persona => ({
  ...createPersona(),
  name,
  description,
  needs,
})

const figure = (label: string, value: string, unit: string, phaseId: string): Figure => ({
  ...createFigure(),
  label,
  value,
  unit,
  phaseId,
})

const quote = (text: string, role: string, phaseId: string): Quote => ({
  ...createQuote(),
  text,
  role,
  phaseId,
})

const insight = (kind: Insight['kind'], source: Moment, text: string): Insight => ({
  ...createInsight(kind, source.id),
  text,
})

/**
 * From schema version 2 on, a journey records where it came from (`origin`). Mark this one as the example
 * when the field exists; before that version there is nothing to mark.
 */
function markAsExample(journey: Journey): Journey {
  if ('origin' in journey && typeof journey.origin === 'object' && journey.origin !== null)
    Object.assign(journey, { origin: { ...journey.origin, kind: 'example' } })
  return journey
}

/** A complete example journey: "Een leefloon aanvragen bij het OCMW". */
export function exampleJourney(now: Date): Journey {
  const citizen = createLane('citizen', 'Aanvrager')
  const provider = createLane('provider', 'Sociaal Huis (OCMW)')

  const awareness = phase(
    'Het geld raakt op',
    'Na haar laatste loon komt er geen inkomen meer binnen en is de huur van volgende maand niet gedekt.',
  )
  const orientation = phase(
    'Uitzoeken waar ze recht op heeft',
    'Ze zoekt uit wat een leefloon is, of ze in aanmerking komt en wat het OCMW daarvoor doet.',
  )
  const decision = phase(
    'De stap naar het OCMW zetten',
    'Ze beslist om een leefloon aan te vragen en maakt een afspraak met een maatschappelijk werker.',
  )
  const action = phase(
    'De aanvraag indienen',
    'Intakegesprek in het Sociaal Huis, registratie van de aanvraag en het verzamelen van de documenten.',
  )
  const use = phase(
    'Van huisbezoek tot eerste leefloon',
    'Het sociaal onderzoek wordt afgerond, het Bijzonder Comité beslist en het eerste leefloon wordt gestort.',
  )
  const aftercare = phase(
    'Begeleiding en opvolging',
    'Maandelijkse opvolging, een traject naar werk en het doorgeven van wijzigingen.',
  )

  // Moments that needs and opportunities refer to.
  const websiteUnclear = moment(
    'negative',
    -1,
    'De tekst spreekt over ‘bestaansmiddelen’, ‘werkbereidheid’ en ‘GPMI’. Na twee keer lezen weet ze nog altijd niet of ze in aanmerking komt.',
  )
  const friendWarns = moment(
    'negative',
    -1,
    'Haar vriendin waarschuwt dat ‘ze bij je thuis komen kijken’. Nadia twijfelt of ze de stap wel wil zetten.',
  )
  const appointmentWait = moment(
    'negative',
    -2,
    'Na 25 minuten in de wachtrij krijgt ze pas een afspraak over negen werkdagen. Het leefloon gaat pas in vanaf de aanvraag, dus die dagen is ze ook kwijt.',
    {
      improvements: [
        'Een afspraak laten maken via het e-loket, met aanmelden via itsme, zonder telefonische wachtrij',
        'De aanvraag al registreren bij het eerste contact, zodat de wachttijd voor een afspraak geen geld kost',
      ],
      strengths: [
        'De onthaalmedewerker vraagt door naar dringende noden en verwijst meteen naar de sociale kruidenier',
        'Ze weet na het telefoontje al wie haar maatschappelijk werker wordt',
      ],
    },
  )
  const documentList = moment(
    'negative',
    -1,
    'De lijst telt veertien documenten met ‘indien van toepassing’. Welke voor haar gelden, staat er niet bij.',
  )
  const retellsStory = moment(
    'negative',
    -1,
    'Ze moet haar hele verhaal opnieuw vertellen, hoewel ze het al bij het CAW had gedaan.',
  )
  const secondVisit = moment(
    'negative',
    -2,
    'Voor drie papieren moet ze opnieuw oppas zoeken voor de jongste en twee keer de bus nemen, terwijl het OCMW het attest van de hulpkas zelf kan opvragen.',
    {
      improvements: [
        'Gegevens die via de Kruispuntbank van de Sociale Zekerheid beschikbaar zijn niet meer aan de aanvrager vragen',
        'Ontbrekende stukken laten opladen via het e-loket of doormailen in plaats van ze aan het loket te laten afgeven',
      ],
      strengths: [
        'De maatschappelijk werker belde op voorhand om precies te zeggen wat nog ontbrak',
        'Het onthaal nam de stukken aan zonder dat ze een nieuwe afspraak moest maken',
      ],
    },
  )
  const letterUnclear = moment(
    'negative',
    -1,
    'De brief telt vier bladzijden juridische taal. Ze moet haar maatschappelijk werker bellen om te weten hoeveel ze krijgt en wat ze nu moet doen.',
  )
  const amountUnknown = moment(
    'negative',
    -1,
    'Hoeveel leefloon ze naast haar loon nog krijgt, hoort ze pas een maand later. Tot dan durft ze niets uit te geven.',
  )

  const activity = (
    phaseOf: Phase,
    lane: Lane,
    title: string,
    description: string,
    touchpoints: Touchpoint[],
    moments: Moment[] = [],
  ): Activity => ({ ...createActivity(phaseOf.id, lane.id), title, description, touchpoints, moments })

  const activities: Activity[] = [
    // Het geld raakt op
    activity(
      awareness,
      citizen,
      'Hoort dat er geen werkloosheidsuitkering komt',
      'Een brief van de hulpkas meldt dat ze nog niet genoeg dagen gewerkt heeft voor een uitkering. Haar tijdelijk contract als winkelbediende is net afgelopen.',
      [touchpoint('letter', 'Brief van de Hulpkas voor Werkloosheidsuitkeringen')],
      [
        moment(
          'negative',
          -2,
          'Paniek: de huur vervalt over twee weken en in de brief staat niet waar ze nu wel terechtkan.',
        ),
      ],
    ),
    activity(
      awareness,
      citizen,
      'Vertelt haar verhaal bij het CAW',
      'Via de school van haar zoon komt ze bij het onthaal van het CAW terecht. Daar hoort ze voor het eerst het woord ‘leefloon’.',
      [touchpoint('thirdParty', 'Onthaal van het CAW')],
      [
        moment(
          'positive',
          1,
          'De medewerker van het CAW neemt de tijd, stelt haar gerust en legt uit dat ze bij het OCMW een leefloon kan aanvragen.',
        ),
      ],
    ),
    activity(
      awareness,
      provider,
      'Informeert partners over het leefloon',
      'Het Sociaal Huis bezorgt het CAW, huisartsen en scholen een folder en een vast nummer om mensen door te verwijzen.',
      [touchpoint('thirdParty', 'Folder en doorverwijsnummer voor partners')],
    ),

    // Uitzoeken waar ze recht op heeft
    activity(
      orientation,
      citizen,
      'Zoekt op de gemeentewebsite wat een leefloon is',
      '’s Avonds leest ze op haar smartphone de pagina over het leefloon en de voorwaarden.',
      [touchpoint('website', 'Webpagina ‘Leefloon’ op de gemeentewebsite')],
      [
        websiteUnclear,
        moment(
          'positive',
          1,
          'Het adres, de openingsuren en het telefoonnummer van het Sociaal Huis staan wel meteen bovenaan.',
        ),
      ],
    ),
    activity(
      orientation,
      citizen,
      'Vraagt een vriendin naar haar ervaring',
      'Een vriendin kreeg enkele jaren geleden steun van het OCMW en vertelt hoe dat toen verliep.',
      [touchpoint('other', 'Gesprek met een vriendin')],
      [friendWarns],
    ),
    activity(
      orientation,
      provider,
      'Beheert de webpagina over het leefloon',
      'De sociale dienst levert de inhoud, de communicatiedienst zet die online. De tekst volgt de wet vrij letterlijk.',
      [touchpoint('website', 'Webpagina ‘Leefloon’')],
    ),

    // De stap naar het OCMW zetten
    activity(
      decision,
      citizen,
      'Belt het Sociaal Huis om een afspraak te maken',
      'Ze belt het algemene nummer, legt haar situatie uit aan het onthaal en krijgt een afspraak met een maatschappelijk werker.',
      [touchpoint('phone', 'Algemeen nummer van het Sociaal Huis')],
      [appointmentWait],
    ),
    activity(
      decision,
      citizen,
      'Leest de bevestigingsmail met de documentenlijst',
      'Het onthaal mailt de datum en het uur van de afspraak en een lijst van wat ze moet meebrengen.',
      [touchpoint('email', 'Bevestigingsmail met documentenlijst')],
      [
        moment(
          'positive',
          1,
          'Eindelijk iets concreets: een datum, een naam en een lijst. Ze begint meteen haar papieren te verzamelen.',
        ),
        documentList,
      ],
    ),
    activity(
      decision,
      provider,
      'Plant een intakegesprek in',
      'Het onthaal noteert de vraag, plant een gesprek bij de eerste vrije maatschappelijk werker en mailt de standaardlijst met documenten.',
      [touchpoint('email', 'Bevestigingsmail met documentenlijst')],
    ),

    // De aanvraag indienen
    activity(
      action,
      citizen,
      'Heeft een intakegesprek in het Sociaal Huis',
      'In een spreekkamer overloopt de maatschappelijk werker haar gezin, inkomen, woning, werk en schulden. De aanvraag wordt dezelfde dag geregistreerd.',
      [touchpoint('counter', 'Intakegesprek in een spreekkamer van het Sociaal Huis')],
      [
        moment(
          'positive',
          1,
          'De maatschappelijk werker luistert zonder te oordelen en geeft meteen een ontvangstbewijs: de aanvraag loopt.',
        ),
        retellsStory,
      ],
    ),
    activity(
      action,
      citizen,
      'Brengt de ontbrekende documenten binnen',
      'Twee rekeninguittreksels en een attest van de hulpkas ontbraken. Ze moet er een tweede keer voor naar het Sociaal Huis.',
      [touchpoint('counter', 'Onthaal van het Sociaal Huis')],
      [secondVisit],
    ),
    activity(
      action,
      provider,
      'Registreert de aanvraag en vraagt gegevens op',
      'De maatschappelijk werker registreert de aanvraag en raadpleegt de Kruispuntbank van de Sociale Zekerheid. Wat ontbreekt, vraagt ze aan de aanvrager.',
      [touchpoint('email', 'Mail met de lijst van ontbrekende stukken')],
    ),

    // Van huisbezoek tot eerste leefloon
    activity(
      use,
      citizen,
      'Ontvangt de maatschappelijk werker thuis',
      'Voor het sociaal onderzoek komt de maatschappelijk werker op huisbezoek, zoals de wet het vraagt.',
      [touchpoint('homeVisit', 'Huisbezoek door de maatschappelijk werker')],
      [
        moment(
          'negative',
          -1,
          'Ze weet niet waarom het bezoek nodig is en zet de avond ervoor uit schrik het hele appartement op orde.',
        ),
        moment(
          'positive',
          1,
          'Het bezoek valt mee: de maatschappelijk werker vraagt vooral wat de kinderen nodig hebben en wijst haar op het sociaal tarief voor energie.',
        ),
      ],
    ),
    activity(
      use,
      citizen,
      'Krijgt de beslissing en het eerste leefloon',
      'Vierentwintig dagen na de aanvraag valt de beslissingsbrief in de bus. Enkele dagen later staat het eerste bedrag op haar rekening, vanaf de dag van de aanvraag.',
      [
        touchpoint('letter', 'Beslissingsbrief van het Bijzonder Comité voor de Sociale Dienst'),
        touchpoint('app', 'Melding van de storting in haar bankapp'),
      ],
      [
        moment(
          'positive',
          2,
          'Opluchting: het leefloon is toegekend en de achterstallige huur kan betaald worden.',
        ),
        letterUnclear,
      ],
    ),
    activity(
      use,
      provider,
      'Legt het dossier voor aan het Bijzonder Comité',
      'Na het huisbezoek schrijft de maatschappelijk werker een sociaal verslag. Het Bijzonder Comité voor de Sociale Dienst beslist en de financiële dienst start de maandelijkse betaling.',
      [touchpoint('letter', 'Beslissingsbrief met motivering en beroepsmogelijkheden')],
    ),

    // Begeleiding en opvolging
    activity(
      aftercare,
      citizen,
      'Werkt met haar maatschappelijk werker aan een plan naar werk',
      'Elke maand heeft ze een opvolggesprek. Samen stellen ze een geïndividualiseerd project voor maatschappelijke integratie (GPMI) op, met een opleiding tot zorgkundige via de VDAB.',
      [
        touchpoint('counter', 'Maandelijks opvolggesprek in het Sociaal Huis'),
        touchpoint('thirdParty', 'Trajectbegeleiding bij de VDAB'),
      ],
      [
        moment(
          'positive',
          1,
          'Er is weer perspectief: de opleiding start in september en de maatschappelijk werker helpt een plaats in de kinderopvang te vinden.',
        ),
      ],
    ),
    activity(
      aftercare,
      citizen,
      'Geeft een weekendjob door via het e-loket',
      'Ze vindt een deeltijdse job in het weekend en moet die melden, want haar leefloon wordt dan herberekend.',
      [touchpoint('website', 'E-loket van de gemeente'), touchpoint('app', 'Aanmelden met itsme')],
      [
        moment(
          'positive',
          1,
          'Met itsme is ze in een minuut aangemeld en ze kan haar arbeidscontract gewoon met haar smartphone opladen.',
        ),
        amountUnknown,
      ],
    ),
    activity(
      aftercare,
      provider,
      'Volgt het traject op en herberekent het leefloon',
      'De maatschappelijk werker stemt af met de VDAB-consulent en past het bedrag aan wanneer het inkomen verandert.',
      [touchpoint('email', 'Korte samenvatting per mail na elk opvolggesprek')],
    ),
  ]

  const insights: Insight[] = [
    insight(
      'need',
      appointmentWait,
      'Wie plots zonder inkomen valt, wil binnen enkele dagen iemand spreken en zeker zijn dat de wachttijd geen geld kost.',
    ),
    insight(
      'opportunity',
      appointmentWait,
      'Een afsprakenmodule op het e-loket, met aanmelden via itsme en elke dag vrijgehouden plaatsen voor dringende aanvragen. De aanvraag wordt al bij het eerste contact geregistreerd.',
    ),
    insight(
      'need',
      secondVisit,
      'De aanvrager wil niet zelf gaan halen wat de overheid al weet, en niet voor elk ontbrekend papier opnieuw oppas en vervoer moeten regelen.',
    ),
    insight(
      'opportunity',
      secondVisit,
      'De Kruispuntbank raadplegen vóór het intakegesprek en de documentenlijst op maat maken: alleen wat echt ontbreekt, en op te laden via het e-loket.',
    ),
    insight(
      'need',
      websiteUnclear,
      'In gewone woorden en met een paar vragen weten of je misschien recht hebt op een leefloon.',
    ),
    insight(
      'opportunity',
      websiteUnclear,
      'Een korte check ‘Heb ik misschien recht op een leefloon?’ op de webpagina, in eenvoudige taal en getest met aanvragers.',
    ),
    insight(
      'need',
      friendWarns,
      'Vooraf weten wat er tijdens de procedure gebeurt, ook tijdens het huisbezoek, en waarom. Zo zijn schaamte of schrik geen reden om af te haken.',
    ),
    insight(
      'opportunity',
      retellsStory,
      'Een warme overdracht met het CAW: met toestemming van de aanvrager geeft het CAW haar verhaal door, zodat ze het maar één keer hoeft te vertellen.',
    ),
    insight(
      'need',
      letterUnclear,
      'Een beslissing die je zelf begrijpt: hoeveel je krijgt, vanaf wanneer, en wat je nu moet doen.',
    ),
    insight(
      'opportunity',
      letterUnclear,
      'Bovenaan de beslissingsbrief een eerste bladzijde in eenvoudige taal, met het bedrag, de betaaldatum en de naam van de maatschappelijk werker. De juridische motivering volgt daarna.',
    ),
    insight(
      'opportunity',
      amountUnknown,
      'Bij een melding via het e-loket meteen een berekening van het nieuwe leefloon tonen, onder voorbehoud van de beslissing.',
    ),
  ]

  const journey: Journey = {
    ...createJourney(now),
    title: 'Een leefloon aanvragen bij het OCMW',
    caseDescription:
      'Een maatschappelijk werker brengt een casus aan die goed afliep. Een alleenstaande moeder van twee kinderen vraagt een leefloon aan nadat haar tijdelijk contract als winkelbediende afliep en ze nog geen recht had op een werkloosheidsuitkering. Ze kreeg het leefloon na 24 dagen, maar moest daarvoor twee keer naar het Sociaal Huis en kreeg een huisbezoek. We volgen haar reis van het moment dat het geld op is tot de eerste maanden begeleiding naar werk.',
    goal: 'Wie een leefloon aanvraagt, krijgt sneller duidelijkheid en moet minder vaak langskomen: binnen de week een eerste gesprek, hoogstens één bezoek aan het Sociaal Huis voor de aanvraag, en een beslissing binnen 20 dagen in plaats van gemiddeld 27.',
    central: {
      mode: 'personas',
      personas: [
        persona(
          'Nadia, alleenstaande moeder (34)',
          'Woont met haar twee kinderen van 2 en 6 jaar in een huurappartement. Haar tijdelijk contract als winkelbediende liep af en ze heeft nog niet genoeg gewerkt voor een werkloosheidsuitkering. Ze regelt alles met haar smartphone en heeft geen computer of printer.',
          'Snel weten of ze recht heeft op steun en wanneer het geld komt. Zo weinig mogelijk verplaatsingen, want voor de jongste moet ze telkens oppas zoeken. Uitleg in gewone taal.',
        ),
        persona(
          'Marc, gewezen zelfstandige (59)',
          'Moest zijn frituur sluiten na een faillissement; zijn overbruggingsrecht is afgelopen. Hij woont alleen, is weinig vertrouwd met computers en schaamt zich om naar het OCMW te stappen.',
          'Een vast aanspreekpunt dat hem persoonlijk helpt met de papieren. Discretie: zijn verhaal niet aan een druk onthaal moeten doen. Brieven op papier die hij kan herlezen.',
        ),
      ],
      generalNote: '',
    },
    lanes: [citizen, provider],
    phases: [awareness, orientation, decision, action, use, aftercare],
    activities,
    insights,
    figures: [
      figure('Wachttijd aan de telefoon van het onthaal', '18', 'minuten (gemiddeld)', decision.id),
      figure('Bezoeken aan het Sociaal Huis tot de beslissing', '2,4', 'bezoeken per aanvraag', action.id),
      figure('Doorlooptijd van aanvraag tot beslissing', '27', 'kalenderdagen (gemiddeld)', use.id),
    ],
    quotes: [
      quote(
        '“Wie ons belt, zit vaak al weken zonder geld. Dan is negen dagen wachten op een afspraak heel lang.”',
        'Onthaalmedewerker van het Sociaal Huis',
        decision.id,
      ),
      quote(
        '“Twee keer oppas zoeken en de bus nemen, voor papieren die jullie eigenlijk zelf konden opvragen.”',
        'Alleenstaande moeder die een leefloon aanvroeg',
        action.id,
      ),
    ],
    images: [],
  }
  return markAsExample(journey)
}
