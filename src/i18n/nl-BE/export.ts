/**
 * Texts of the PDF export. Wire as `export: exportMessages` in the nl-BE messages; `createPdfLabels(t)` in
 * src/export/pdf/labels.ts reads them under the key `export.pdf`. No { } @ $ | apart from the placeholders.
 */
export default {
  pdf: {
    page: 'Pagina {page} van {count}',
    continued: '(vervolg)',
    untitled: 'Klantreis zonder titel',
    noPhases: 'Deze klantreis heeft nog geen fases.',
    imageUnavailable: 'Dit beeld kon niet in de PDF geplaatst worden.',
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
  },
}
