import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createExportSchema,
  listExportJobsQuerySchema,
  type CreateExportInput,
  type CreateExportResultDto,
  type ExportJobDto,
  type ListExportJobsQuery,
  type Page,
} from '@qifu/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ExportJobsService } from './export-jobs.service';

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

@ApiTags('operator statistics')
@Access.operator()
@Controller('stats/exports')
export class ExportJobsController {
  constructor(private readonly exports: ExportJobsService) {}

  @Post()
  @HttpCode(200)
  @ApiZodBody(createExportSchema)
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createExportSchema)) body: CreateExportInput): Promise<CreateExportResultDto> {
    return this.exports.create(actor, body);
  }

  @Get()
  @ApiZodQuery(listExportJobsQuerySchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listExportJobsQuerySchema)) q: ListExportJobsQuery): Promise<Page<ExportJobDto>> {
    return this.exports.list(actor, q);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<ExportJobDto> {
    return this.exports.get(actor, id);
  }

  @Get(':id/file')
  async file(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const f = await this.exports.file(actor, id);
    await reply
      .header('content-type', TYPES[f.format])
      .header('content-length', String(f.bytes))
      .header('content-disposition', `attachment; filename="${f.name}"; filename*=UTF-8''${encodeURIComponent(f.name)}`)
      .header('cache-control', 'private, no-store')
      .send(f.body);
  }
}
