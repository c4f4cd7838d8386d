/** jsPDF's type only (erased at build): the library itself is loaded with import() in exportPdf. */
export type jsPDF = import('jspdf').jsPDF
