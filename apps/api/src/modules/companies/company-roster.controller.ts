import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  COMPANY_IMPORT_TYPES,
  companyImportUploadQuerySchema,
  listCompanyImportRowsQuerySchema,
  listTierEventsQuerySchema,
  setCompanyTiersSchema,
  type CompanyDto,
  type CompanyImportDto,
  type CompanyImportRowDto,
  type CompanyImportUploadQuery,
  type CompanyTierEventDto,
  type ListCompanyImportRowsQuery,
  type ListTierEventsQuery,
  type Page,
  type SetCompanyTiersInput,
  type TierPyramidDto,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { AppError } from '../../common/errors/app-error';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { CompanyImportService } from './company-import.service';
import { CompanyTiersService } from './company-tiers.service';

@ApiTags('operator')
@Access.operator()
@Controller('operator/companies')
export class CompanyRosterController {
  constructor(
    private readonly imports: CompanyImportService,
    private readonly tiers: CompanyTiersService,
  ) {}

  /** The file is the raw body: Content-Type text/csv or the XLSX type (see file-body-parser). */
  @Post('imports')
  @HttpCode(201)
  @ApiZodQuery(companyImportUploadQuerySchema)
  upload(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(companyImportUploadQuerySchema)) q: CompanyImportUploadQuery,
    @Headers('content-type') type: string | undefined,
    @Body() body: unknown,
  ): Promise<CompanyImportDto> {
    const mime = (type ?? '').split(';')[0].trim().toLowerCase();
    const format = mime === COMPANY_IMPORT_TYPES.csv ? 'csv' : mime === COMPANY_IMPORT_TYPES.xlsx ? 'xlsx' : null;
    if (!format || !Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv or as an XLSX workbook.');
    return this.imports.preview(actor, q.fileName, format, body);
  }

  @Get('imports/:id')
  getImport(@Param('id', new UuidPipe()) id: string): Promise<CompanyImportDto> {
    return this.imports.get(id);
  }

  @Get('imports/:id/rows')
  @ApiZodQuery(listCompanyImportRowsQuerySchema)
  importRows(
    @Param('id', new UuidPipe()) id: string,
    @Query(new ZodValidationPipe(listCompanyImportRowsQuerySchema)) q: ListCompanyImportRowsQuery,
  ): Promise<Page<CompanyImportRowDto>> {
    return this.imports.rows(id, q);
  }

  @Post('imports/:id/confirm')
  @HttpCode(200)
  confirm(@Param('id', new UuidPipe()) id: string): Promise<CompanyImportDto> {
    return this.imports.confirm(id);
  }

  @Get('tier-pyramid')
  pyramid(): Promise<TierPyramidDto> {
    return this.tiers.pyramid();
  }

  @Get(':id')
  company(@Param('id', new UuidPipe()) id: string): Promise<CompanyDto> {
    return this.tiers.get(id);
  }

  @Put(':id/tiers')
  @ApiZodBody(setCompanyTiersSchema)
  setTiers(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(setCompanyTiersSchema)) body: SetCompanyTiersInput,
  ): Promise<CompanyDto> {
    return this.tiers.setTiers(actor, id, body);
  }

  @Get(':id/tier-events')
  @ApiZodQuery(listTierEventsQuerySchema)
  tierEvents(
    @Param('id', new UuidPipe()) id: string,
    @Query(new ZodValidationPipe(listTierEventsQuerySchema)) q: ListTierEventsQuery,
  ): Promise<Page<CompanyTierEventDto>> {
    return this.tiers.events(id, q);
  }
}
