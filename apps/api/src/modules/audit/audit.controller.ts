import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { listAuditQuerySchema, type AuditEntryDto, type ListAuditQuery, type Page } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { AuditService } from './audit.service';

@ApiTags('operator')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access.operator({ admin: true })
  @ApiZodQuery(listAuditQuerySchema)
  @ApiOkResponse({ description: 'Security events, newest first.' })
  list(@Query(new ZodValidationPipe(listAuditQuerySchema)) query: ListAuditQuery): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query);
  }
}
