export { CATEGORIES, isPersonal } from './categories';
export type { Category, FieldClassification, PersonalCategory } from './categories';
export { classifyAll, classifyField } from './classify';
export {
  isEmail,
  isFrenchPhone,
  isFrenchPostalCode,
  isValidCardNumber,
  isValidIban,
  isValidNir,
  recogniseValue,
} from './values';
