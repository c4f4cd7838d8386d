import nl from '../nl-BE/plainLanguage'
import en from '../en/plainLanguage'

export default { 'nl-BE': nl, en }
