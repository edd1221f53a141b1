/** /zh/data/figures.json: the English edition's route, which reads the edition from its address. */
export { GET } from '../../data/figures.json';
