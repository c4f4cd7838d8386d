import nl from '../nl-BE/plainLanguage'
import en from '../en/plainLanguage'
import nlUi from '../nl-BE/plainLanguageUi'
import enUi from '../en/plainLanguageUi'

/** The hints (`plainLanguage.*`) and the words around them (`plainLanguage.ui.*`). */
export default { 'nl-BE': { ...nl, ui: nlUi }, en: { ...en, ui: enUi } }
