import path from 'node:path';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { forbidden, inScope, personalValue, readScope, RevealArgs, scopeFilter, SubgraphContext, SubgraphDefinition, writeScope } from '../../src';

/** A department-owned record with a personal field: the smallest library that exercises the auth runtime. */
@Entity({ tableName: 'note' })
@ObjectType()
export class Note {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ length: 200 })
  text!: string;

  @Field()
  @Property({ length: 20 })
  dept!: string;

  @Field()
  @Property({ length: 6 })
  adCode!: string;

  @Property({ length: 20, nullable: true })
  phone?: string | null;
}

const FIELDS = { region: 'adCode', dept: 'dept' };

@Resolver(() => Note)
export class NoteResolver {
  @Query(() => [Note])
  async notes(@Ctx() ctx: SubgraphContext): Promise<Note[]> {
    const where = scopeFilter(readScope(ctx.user), FIELDS);
    if (where === null) return [];
    return ctx.em.find(Note, where ?? {}, { orderBy: { text: 'asc' } });
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Note)
  async addNote(@Arg('text') text: string, @Arg('dept') dept: string, @Arg('adCode') adCode: string, @Arg('phone', { nullable: true }) phone: string, @Ctx() ctx: SubgraphContext): Promise<Note> {
    const note = ctx.em.create(Note, { text, dept, adCode, phone });
    if (!inScope(writeScope(ctx.user), note, FIELDS)) throw forbidden('只能登记本部门、本辖区的记录');
    await ctx.em.flush();
    return note;
  }

  /** Fails after its flush would have been written: the audit entry must vanish with the change. */
  @Mutation(() => Boolean)
  async addNoteThenFail(@Arg('text') text: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    await ctx.em.transactional(async (tx) => {
      tx.create(Note, { text, dept: 'SCJG', adCode: '110100' });
      await tx.flush();
      throw new Error('rolled back on purpose');
    });
    return true;
  }

  @Mutation(() => ID)
  async addNoteInTransaction(@Arg('text') text: string, @Ctx() ctx: SubgraphContext): Promise<string> {
    return ctx.em.transactional(async (tx) => {
      const note = tx.create(Note, { text, dept: 'SCJG', adCode: '110100' });
      await tx.flush();
      return note.id;
    });
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() note: Note, @Args() reveal: RevealArgs, @Ctx() ctx: SubgraphContext): string | null {
    return personalValue(ctx.user, { value: note.phone, kind: 'phone', entityType: 'Note', entityId: note.id, field: 'phone' }, reveal);
  }
}

export const noteSubgraph: SubgraphDefinition = {
  name: 'notes',
  entities: [Note],
  resolvers: [NoteResolver],
  migrationsPath: path.join(__dirname, 'migrations'),
};
