import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listPageQuerySchema, type ListPageQuery, type Page, type RatingDto } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { RatingsService } from './ratings.service';

@ApiTags('catalogue')
@Access.public()
@Controller()
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Get('services/:id/ratings')
  @ApiZodQuery(listPageQuerySchema)
  forService(@Param('id', new UuidPipe()) id: string, @Query(new ZodValidationPipe(listPageQuerySchema)) q: ListPageQuery): Promise<Page<RatingDto>> {
    return this.ratings.list('service', id, q.page, q.pageSize);
  }

  @Get('providers/:id/ratings')
  @ApiZodQuery(listPageQuerySchema)
  forProvider(@Param('id', new UuidPipe()) id: string, @Query(new ZodValidationPipe(listPageQuerySchema)) q: ListPageQuery): Promise<Page<RatingDto>> {
    return this.ratings.list('provider', id, q.page, q.pageSize);
  }
}
