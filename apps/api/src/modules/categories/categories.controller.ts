import { Access } from '../../common/auth/access.decorator';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CategoryDto } from '@qifu/contracts';
import { CategoriesService } from './categories.service';

@ApiTags('catalogue')
@Access.public()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @ApiOkResponse({ description: 'Categories in display order, each with its count of published services.' })
  list(): Promise<CategoryDto[]> {
    return this.categories.list();
  }
}
