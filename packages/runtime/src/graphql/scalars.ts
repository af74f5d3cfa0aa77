import { GraphQLScalarType, Kind } from 'graphql';
import { HubError } from '../errors';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string') {
    const m = DATE.exec(value);
    if (m) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) return value;
    }
  }
  throw new HubError('INVALID_DATE', `日期格式应为 YYYY-MM-DD 且为真实日期，收到：${String(value)}`);
}

/** A calendar date without time (检查时间, 决定日期 …), `YYYY-MM-DD`, stored as PostgreSQL `date`. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: '日期，格式 YYYY-MM-DD',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : parseDate(null)),
});
