/** /zh/data/charts/<chart-id>.csv: the English edition's route, which reads the edition from its address. */
export { getStaticPaths, GET } from '../../../data/charts/[chart].csv';
