export { writeTemplate } from './writeTemplate';
export { writeCsvTemplate } from './writeCsvTemplate';
