/**
 * Texts of the PDF export. Wire as `export: exportMessages` in the nl-BE messages; `createPdfLabels(t)` in
 * src/export/pdf/labels.ts reads them under the key `export.pdf`. No { } @ $ | apart from the placeholders.
 */
export default {
  pdf: {
    sheet: 'Fase {from}–{to} van {count}',
    sheetSingle: 'Fase {from} van {count}',
    page: 'Pagina {page} van {count}',
    continued: '(vervolg)',
    untitled: 'Klantreis zonder titel',
    noPhases: 'Deze klantreis heeft nog geen fases.',
    imageUnavailable: 'Dit beeld kon niet in de PDF geplaatst worden.',
    fields: {
      case: 'Casus',
      goal: 'Doel',
      central: 'Wie staat centraal',
      general: 'Algemeen proces',
      date: 'Laatst gewijzigd',
    },
    modes: { digital: 'digitaal', physical: 'fysiek' },
    rows: {
      phases: 'Fases',
      activities: 'Activiteiten',
      touchpoints: 'Contactpunten',
      moments: 'Momenten',
      curve: 'Emotiecurve',
      insights: 'Noden en opportuniteiten',
      figures: 'Cijfers',
      quotes: 'Uitspraken',
      images: 'Beelden',
    },
    positive: 'Positief',
    negative: 'Negatief',
    aha: 'aha-moment',
    generalExtra: 'Algemene cijfers, uitspraken en beelden',
    legend: {
      title: 'Legende',
      positive: 'Positief moment',
      negative: 'Negatief moment',
      aha: 'Aha-moment: cruciaal voor hoe de dienst ervaren wordt',
      digital: 'Digitaal contactpunt',
      physical: 'Fysiek contactpunt',
      refs: 'M = moment, N = nood, K = kans (opportuniteit). N1 ← M3 betekent: nood 1 komt van moment 3.',
      curve:
        'De emotiecurve verbindt de gemiddelde gevoelsscore (−2 tot +2) van de activiteiten van de burger.',
    },
  },
}
