import { BRAND_NAMES } from '../catalogue/brands';
import { CATEGORY_WORDS } from '../catalogue/categoryWords';
import { CHINESE_GRADE_WORDS } from '../catalogue/grades';
import { PLACE_NAMES } from '../catalogue/places';
import { createWordFinder } from './wordFinder';

/** Finders for the catalogue's words, built once for all lines. */
export const findCategoryWord = createWordFinder(CATEGORY_WORDS.map(({ word }) => word));
export const findBrand = createWordFinder(BRAND_NAMES);
export const findPlace = createWordFinder(PLACE_NAMES);
export const findChineseGrade = createWordFinder(CHINESE_GRADE_WORDS);
