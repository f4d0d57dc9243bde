import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listCompaniesQuerySchema, type CompanyDto, type ListCompaniesQuery, type Page } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { CompaniesService } from './companies.service';

@ApiTags('operator')
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @Access.operator()
  @ApiZodQuery(listCompaniesQuerySchema)
  list(@Query(new ZodValidationPipe(listCompaniesQuerySchema)) q: ListCompaniesQuery): Promise<Page<CompanyDto>> {
    return this.companies.list(q);
  }
}
