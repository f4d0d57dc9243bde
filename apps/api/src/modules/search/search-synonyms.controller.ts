import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  listSynonymsQuerySchema,
  synonymGroupInputSchema,
  type ListSynonymsQuery,
  type Page,
  type SynonymGroup,
  type SynonymGroupDto,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { SearchSynonymsService } from './search-synonyms.service';

// The search dictionary in the operator console.
@ApiTags('operator')
@Controller('operator/search-synonyms')
export class SearchSynonymsController {
  constructor(private readonly synonyms: SearchSynonymsService) {}

  @Get()
  @Access.operator()
  @ApiZodQuery(listSynonymsQuerySchema)
  list(@Query(new ZodValidationPipe(listSynonymsQuerySchema)) q: ListSynonymsQuery): Promise<Page<SynonymGroupDto>> {
    return this.synonyms.list(q);
  }

  @Post()
  @Access.operator()
  @ApiZodBody(synonymGroupInputSchema)
  create(@Body(new ZodValidationPipe(synonymGroupInputSchema)) body: SynonymGroup): Promise<SynonymGroupDto> {
    return this.synonyms.create(body);
  }

  @Put(':id')
  @Access.operator()
  @ApiZodBody(synonymGroupInputSchema)
  update(@Param('id', new UuidPipe()) id: string, @Body(new ZodValidationPipe(synonymGroupInputSchema)) body: SynonymGroup): Promise<SynonymGroupDto> {
    return this.synonyms.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access.operator()
  async remove(@Param('id', new UuidPipe()) id: string): Promise<void> {
    await this.synonyms.remove(id);
  }
}
